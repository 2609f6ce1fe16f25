using System.Collections.Concurrent;
using BriefingBot.Cli;
using BriefingBot.Console;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Digests;
using BriefingBot.Core.Storage;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Scheduling;
using BriefingBot.Storage;
using BriefingBot.Testing;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Tests.Scheduling;

[Collection(QuartzHosts.Name)]
public sealed class DigestQueueTests : IDisposable
{
    private static readonly DateTimeOffset s_run = new(2022, 3, 9, 8, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("briefingbot-queue-").FullName;

    private string DbPath => Path.Combine(_folder, "queue.db");

    [Fact]
    public async Task Triggers_firing_in_the_same_minute_are_composed_and_recorded_as_one_batch()
    {
        // Real time from 07:59:56, so Quartz fires the four 08:00 triggers a few seconds into the test.
        var clock = new ShiftedClock(s_run.AddSeconds(-4));
        var builder = BotHost.CreateBuilder(CommandLine.Parse(["--db", DbPath]), new ConsoleIo(new StringReader(""), TextWriter.Null));
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.Replace(ServiceDescriptor.Singleton<IDeliveryOutbox>(sp => new RecordingOutbox(new LiteDbDeliveryOutbox(sp.GetRequiredService<LiteDbContext>()))));
        using var host = builder.Build();
        var outbox = (RecordingOutbox)host.Services.GetRequiredService<IDeliveryOutbox>();
        await AddArticleAsync(host.Services.GetRequiredService<IKnowledgeStore>(), s_run.AddMinutes(-30));
        var subscriptions = host.Services.GetRequiredService<ISubscriptionStore>();
        foreach (var topic in new[] { null, "Lavrov", "Antalya", "Kuleba" })
        {
            await SubscribeAsync(subscriptions, topic, clock.GetUtcNow());
        }

        await host.StartAsync();
        await WaitForAsync(() => !outbox.Batches.IsEmpty, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(1));
        await host.StopAsync();

        Assert.Equal([4], outbox.Batches);
        var rows = await outbox.ForChatAsync(ConsoleUser.Chat.Key, default);
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal(s_run, r.ScheduledFor));
    }

    [Fact]
    public async Task Runs_queued_when_the_bot_dies_before_its_commit_are_caught_up_once_at_the_next_start()
    {
        var clock = new ShiftedClock(s_run.AddSeconds(1));
        var options = Options.Create(new DigestOptions());
        int[] ids;
        using (var before = new Process(DbPath, clock))
        {
            await AddArticleAsync(before.Knowledge, s_run.AddMinutes(-30));
            ids = [(await SubscribeAsync(before.Subscriptions, null, s_run.AddHours(-1))).Id, (await SubscribeAsync(before.Subscriptions, "Lavrov", s_run.AddHours(-1))).Id];
            var outbox = new RecordingOutbox(before.Outbox) { Crash = true };
            var queue = new DigestQueue(before.ProducerWith(outbox), clock, options, NullLogger<DigestQueue>.Instance);
            await queue.StartAsync(default);
            foreach (var id in ids)
            {
                queue.Enqueue(new DigestRequest(id, s_run));
            }

            await WaitForAsync(() => !outbox.Batches.IsEmpty, TimeSpan.FromSeconds(20));
            await queue.StopAsync(default);

            Assert.Equal([2], outbox.Batches);
            Assert.Empty(await before.Outbox.ForChatAsync(ConsoleUser.Chat.Key, default));
        }

        for (var restart = 0; restart < 2; restart++)
        {
            using var after = new Process(DbPath, clock);
            var startup = new SubscriptionStartup(after.Subscriptions, new NoTriggers(), after.ProducerWith(after.Outbox), clock, NullLogger<SubscriptionStartup>.Instance);
            await startup.StartAsync(default);

            var rows = await after.Outbox.ForChatAsync(ConsoleUser.Chat.Key, default);
            Assert.Equal(ids, rows.Select(r => r.SubscriptionId).Order());
            Assert.All(rows, r => Assert.Contains("Lavrov heads to Antalya", PlainTextRenderer.Render(r.Reply), StringComparison.Ordinal));
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Task<Subscription> SubscribeAsync(ISubscriptionStore subscriptions, string? topic, DateTimeOffset createdAt) =>
        subscriptions.AddAsync(
            new Subscription
            {
                ChatKey = ConsoleUser.Chat.Key,
                Frequency = DigestFrequency.Daily,
                MinuteOfDay = 8 * 60,
                TimeZone = "UTC",
                FollowsChatZone = false,
                Topic = topic,
                CreatedAt = createdAt,
            },
            default);

    private static Task<int> AddArticleAsync(IKnowledgeStore knowledge, DateTimeOffset at) =>
        knowledge.CommitIngestAsync(
            new IngestBatch(
                new Article { Title = "Lavrov heads to Antalya", Body = "Lavrov will meet Kuleba in Antalya on Thursday.", IngestedAt = at, ContentHash = Guid.NewGuid().ToString("N") },
                [],
                [],
                new Dictionary<Core.Meetings.Meeting, IReadOnlyList<Core.Actors.Actor>>()),
            default);

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "timed out waiting");
            await Task.Delay(50);
        }
    }

    /// <summary>The stores of one run of the bot over the data file: disposing it is the process ending.</summary>
    private sealed class Process : IDisposable
    {
        private readonly LiteDbContext _context;
        private readonly TimeProvider _clock;

        public Process(string path, TimeProvider clock)
        {
            _clock = clock;
            _context = new LiteDbContext(new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }));
            Knowledge = new LiteDbKnowledgeStore(_context);
            Subscriptions = new LiteDbSubscriptionStore(_context);
            Chats = new LiteDbChatStore(_context);
            Outbox = new LiteDbDeliveryOutbox(_context);
        }

        public LiteDbKnowledgeStore Knowledge { get; }

        public LiteDbSubscriptionStore Subscriptions { get; }

        public LiteDbChatStore Chats { get; }

        public LiteDbDeliveryOutbox Outbox { get; }

        public DeliverySignal Signal { get; } = new();

        public DigestProducer ProducerWith(IDeliveryOutbox outbox) =>
            new(Subscriptions, Chats, outbox, new DigestComposer(Knowledge), Signal, _clock, Options.Create(new DigestOptions()), NullLogger<DigestProducer>.Instance);

        public void Dispose()
        {
            _context.Dispose();
            Signal.Dispose();
        }
    }

    private sealed class NoTriggers : ISubscriptionScheduler
    {
        public Task ScheduleAsync(Subscription subscription, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task UnscheduleAsync(int subscriptionId, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
