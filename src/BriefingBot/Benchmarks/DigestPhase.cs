using System.Diagnostics;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Digests;
using BriefingBot.Core.Storage;
using BriefingBot.Core.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Benchmarks;

/// <summary>
/// Daily digests for many chats, most with a topic (a country, a person, a subject), all due in the same minute
/// and run through the real producer as one batch: the day's window read and prepared once, each digest composed
/// and rendered, and the outbox rows written a hundred to a transaction, as the scheduler's coalesced triggers do.
/// Then every digest is sent, through a platform that takes each at once: the outbox's claims and records timed.
/// </summary>
internal static class DigestPhase
{
    public static async Task RunAsync(IHost host, BenchClock clock, int count, CorpusGenerator corpus, BenchReport report, TextWriter progress, CancellationToken cancellationToken)
    {
        var store = host.Services.GetRequiredService<ISubscriptionStore>();
        var producer = host.Services.GetRequiredService<DigestProducer>();
        var now = clock.GetUtcNow();
        var due = now.AddMinutes(-1);
        var random = corpus.RandomFor(21, 0);
        var ids = new List<int>(count);
        for (var i = 0; i < count; i++)
        {
            var subscription = new Subscription
            {
                ChatKey = $"bench:chat-{i}",
                Frequency = DigestFrequency.Daily,
                MinuteOfDay = (due.Hour * 60) + due.Minute,
                TimeZone = "UTC",
                FollowsChatZone = false,
                Topic = Topic(random, corpus),
                CreatedAt = now.AddDays(-3),
                LastRunAt = due.AddDays(-1),
                CoveredUntil = due.AddDays(-1),
            };
            ids.Add((await store.AddAsync(subscription, cancellationToken).ConfigureAwait(false)).Id);
        }

        // All due in the same minute, as at 08:00: one batch, as the scheduler's coalescing queue hands it over.
        var watch = Stopwatch.StartNew();
        var written = await producer.RunDueAsync(ids.Select(id => new DigestRequest(id, now)).ToList(), cancellationToken).ConfigureAwait(false);
        var seconds = watch.Elapsed.TotalSeconds;

        var knowledge = host.Services.GetRequiredService<IKnowledgeStore>();
        // Counted a chunk at a time, as the composer reads them: read all at once, the window's bodies were the
        // 100,000-article run's peak working set (25-30 MB over the digests' own).
        var window = 0;
        await knowledge.ReadArticlesSinceAsync(due.AddDays(-1), 256, chunk => window += chunk.Count(a => a.IngestedAt < now), cancellationToken).ConfigureAwait(false);
        report.Add("digest_1000_s", seconds, "digests: wall time for all subscriptions, composed and committed, s");
        var steps = host.Services.GetRequiredService<DigestBatchLog>().Last;
        if (steps is { } batch)
        {
            report.Add("digest_prepare_s", batch.Prepare, "digests: the day's window read and prepared, s");
            report.Add("digest_compose_s", batch.Compose, "digests: composed and rendered, s");
            report.Add("digest_record_s", batch.Record, "digests: recorded in the outbox, s");
        }

        report.Add("digest_subscriptions", count, "digests: subscriptions due at once");
        report.Add("digest_window_articles", window, "digests: articles in the day's window");
        report.Add("digest_delivered_share", written.Count / (double)count, "digests: share with news (written to outbox)");
        var split = steps is { } parts ? $" (window {parts.Prepare:0.00}, composing {parts.Compose:0.00}, recording {parts.Record:0.00})" : "";
        await progress.WriteLineAsync($"[digest] {count} subscriptions over {window} articles in {seconds:0.00} s{split}, {written.Count} digests written").ConfigureAwait(false);

        // Then sent: each claimed from the outbox, handed to a platform that takes it at once, and recorded as sent.
        var dispatcher = new DeliveryDispatcher(
            host.Services.GetRequiredService<IDeliveryOutbox>(),
            [new InstantOutbound()],
            host.Services.GetRequiredService<IChatStore>(),
            clock,
            host.Services.GetRequiredService<IOptions<DigestOptions>>(),
            NullLogger<DeliveryDispatcher>.Instance);
        watch.Restart();
        var sent = await dispatcher.DispatchDueAsync(cancellationToken).ConfigureAwait(false);
        var sending = watch.Elapsed.TotalSeconds;
        report.Add("digest_dispatch_s", sending, "digests: claimed, handed to the platform and marked sent, all of them, s");
        report.Add("digest_sent", sent, "digests: sent");
        await progress.WriteLineAsync($"[digest] {sent} digests sent to a platform that answers at once in {sending:0.00} s").ConfigureAwait(false);
    }

    /// <summary>A platform that takes every message at once: what is timed is the outbox's work.</summary>
    private sealed class InstantOutbound : IChatOutbound
    {
        public string Platform => "bench";

        public Task<DeliveryOutcome> SendAsync(ChatAddress chat, Reply reply, CancellationToken cancellationToken) =>
            Task.FromResult(DeliveryOutcome.Delivered);
    }

    private static string? Topic(Random random, CorpusGenerator corpus) => random.Next(10) switch
    {
        < 3 => null,
        < 6 => NameTables.Countries[random.Next(NameTables.Countries.Count)].Name,
        < 8 => corpus.PickPerson(random).Family,
        _ => Phrasebook.Topics[random.Next(Phrasebook.Topics.Length)].Split(' ')[^1],
    };
}
