using System.Diagnostics;
using BriefingBot.Core.Digests;
using BriefingBot.Core.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Benchmarks;

/// <summary>
/// Daily digests for many chats, most with a topic (a country, a person, a subject), each run through the real
/// producer: the day's window composed, rendered and written to the outbox, as a scheduled trigger does.
/// </summary>
internal static class DigestPhase
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

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

        // Bounded: past the time budget the rest is extrapolated from those done (reported as digest_measured).
        var watch = Stopwatch.StartNew();
        int delivered = 0, done = 0;
        foreach (var id in ids)
        {
            delivered += await producer.RunDueAsync(id, now, cancellationToken).ConfigureAwait(false) is null ? 0 : 1;
            done++;
            if (watch.Elapsed > Budget)
            {
                break;
            }
        }

        var seconds = watch.Elapsed.TotalSeconds;
        report.Add("digest_1000_s", seconds * 1000 / done, "digests for 1,000 subscriptions, s");
        report.Add("digest_measured", done, "digests: subscriptions actually run");
        report.Add("digest_delivered_share", delivered / (double)done, "digests: share with news (written to outbox)");
        await progress.WriteLineAsync($"[digest] {done} of {count} subscriptions in {seconds:0.00} s, {delivered} digests written").ConfigureAwait(false);
    }

    private static string? Topic(Random random, CorpusGenerator corpus) => random.Next(10) switch
    {
        < 3 => null,
        < 6 => NameTables.Countries[random.Next(NameTables.Countries.Count)].Name,
        < 8 => corpus.PickPerson(random).Family,
        _ => Phrasebook.Topics[random.Next(Phrasebook.Topics.Length)].Split(' ')[^1],
    };
}
