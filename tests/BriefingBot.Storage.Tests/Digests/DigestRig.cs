using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Digests;
using BriefingBot.Core.Storage;
using BriefingBot.Core.Subscriptions;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Storage.Tests.Digests;

/// <summary>The digest pipeline over a real LiteDB file, with a clock and an outbound the test controls; reopen it to "restart".</summary>
internal sealed class DigestRig : IDisposable
{
    public static readonly ChatAddress Chat = new("test", "chat-1");

    private readonly string _path;
    private bool _restarted;

    public DigestRig(DateTimeOffset now, string? path = null)
    {
        _path = path ?? Path.Combine(Path.GetTempPath(), $"digests-{Guid.NewGuid():N}.db");
        Clock = new TestClock(now);
        Context = new LiteDbContext(new LiteDatabase(new ConnectionString { Filename = _path, Connection = ConnectionType.Direct }));
        Knowledge = new LiteDbKnowledgeStore(Context);
        Subscriptions = new LiteDbSubscriptionStore(Context);
        Chats = new LiteDbChatStore(Context);
        Outbox = new LiteDbDeliveryOutbox(Context);
        Producer = new DigestProducer(Subscriptions, Chats, Outbox, new DigestComposer(Knowledge), Signal, Clock, Options, NullLogger<DigestProducer>.Instance);
        Dispatcher = new DeliveryDispatcher(Outbox, [Outbound], Chats, Clock, Options, NullLogger<DeliveryDispatcher>.Instance);
    }

    public TestClock Clock { get; }

    public LiteDbContext Context { get; }

    public LiteDbKnowledgeStore Knowledge { get; }

    public LiteDbSubscriptionStore Subscriptions { get; }

    public LiteDbChatStore Chats { get; }

    public LiteDbDeliveryOutbox Outbox { get; }

    public DeliverySignal Signal { get; } = new();

    public IOptions<DigestOptions> Options { get; } = Microsoft.Extensions.Options.Options.Create(new DigestOptions());

    public TestOutbound Outbound { get; } = new();

    public DigestProducer Producer { get; }

    /// <summary>A producer over this rig's stores that records through <paramref name="outbox"/> instead.</summary>
    public DigestProducer ProducerWith(IDeliveryOutbox outbox) =>
        new(Subscriptions, Chats, outbox, new DigestComposer(Knowledge), Signal, Clock, Options, NullLogger<DigestProducer>.Instance);

    public DeliveryDispatcher Dispatcher { get; }

    /// <summary>Closes the file (as a crash would leave it) and opens it again in a new rig.</summary>
    public DigestRig Restart(DateTimeOffset now)
    {
        Context.Dispose();
        Signal.Dispose();
        _restarted = true;
        return new DigestRig(now, _path);
    }

    /// <summary>A run of a subscription due at <paramref name="at"/>, with the row to send (none when the reply is null).</summary>
    public static DigestRun Run(int subscriptionId, DateTimeOffset at, Reply? reply) =>
        new(subscriptionId, at, at, reply is null ? null : new Delivery
        {
            Id = Delivery.KeyFor(subscriptionId, at),
            SubscriptionId = subscriptionId,
            ChatKey = Chat.Key,
            ScheduledFor = at,
            CreatedAt = at,
            CoveredUntil = at,
            Reply = reply,
            NextAttemptAt = at,
        });

    public Task<Subscription> SubscribeAsync(string schedule = "daily 08:00 UTC", string? topic = null)
    {
        SubscribeArguments.TryParse(schedule, out var request, out _);
        return Subscriptions.AddAsync(
            new Subscription
            {
                ChatKey = Chat.Key,
                Frequency = request.Frequency,
                Day = request.Day,
                MinuteOfDay = (request.Time.Hour * 60) + request.Time.Minute,
                TimeZone = request.Zone?.Id ?? "UTC",
                Topic = topic,
                CreatedAt = Clock.GetUtcNow(),
            },
            default);
    }

    /// <summary>Adds an article at the clock's time (or <paramref name="at"/>), with actors by name.</summary>
    public Task<int> AddArticleAsync(string title, string body, string? source = null, DateTimeOffset? at = null, params string[] actors) =>
        Knowledge.CommitIngestAsync(
            new IngestBatch(
                new Article { Title = title, Body = body, Summary = body, Source = source, IngestedAt = at ?? Clock.GetUtcNow(), ContentHash = Guid.NewGuid().ToString("N") },
                actors.Select(a => new Actor { Name = a, Kind = ActorKind.Person, Keys = [.. ActorKeys.For([a])], ArticleIds = [0] }).ToList(),
                [],
                new Dictionary<Core.Meetings.Meeting, IReadOnlyList<Actor>>()),
            default);

    /// <summary>Closes the file and deletes it: a rig that was restarted leaves the file to the rig it became.</summary>
    public void Dispose()
    {
        Context.Dispose();
        Signal.Dispose();
        if (!_restarted)
        {
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_path)!, Path.GetFileNameWithoutExtension(_path) + "*"))
            {
                File.Delete(file);
            }
        }
    }
}

internal sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>An outbound whose answer the test sets; it records every message it "sent".</summary>
internal sealed class TestOutbound : IChatOutbound
{
    private int _sends;

    public string Platform => "test";

    public List<(ChatAddress Chat, string Text)> Sent { get; } = [];

    public Func<ChatAddress, DeliveryOutcome> Answer { get; set; } = _ => DeliveryOutcome.Delivered;

    /// <summary>Held before answering, to let a racing dispatcher try the same row meanwhile.</summary>
    public TaskCompletionSource? Gate { get; set; }

    public int Sends => _sends;

    public async Task<DeliveryOutcome> SendAsync(ChatAddress chat, Reply reply, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _sends);
        if (Gate is { } gate)
        {
            await gate.Task.ConfigureAwait(false);
        }

        var outcome = Answer(chat);
        if (outcome.Status == DeliveryStatus.Delivered)
        {
            lock (Sent)
            {
                Sent.Add((chat, PlainTextRenderer.Render(reply)));
            }
        }

        return outcome;
    }
}
