using BriefingBot.Core;
using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Storage;
using BriefingBot.Discord.Gateway;
using BriefingBot.Discord.Rest;
using BriefingBot.Storage;
using LiteDB;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Tests.Fakes;

/// <summary>
/// The bot as the host wires it (Core's real handlers, a real LiteDB store in memory, AddDiscord) pointed at a
/// <see cref="FakeDiscord"/>, with Discord's waits shrunk so tests run fast.
/// </summary>
public sealed class DiscordTestBot : IAsyncDisposable
{
    public const string Token = "test-token-not-real";

    private DiscordTestBot(FakeDiscord fake, ServiceProvider services, ListLoggerProvider logs)
    {
        Fake = fake;
        Services = services;
        Logs = logs;
        Hosted = services.GetServices<IHostedService>().OfType<DiscordHostedService>().Single();
    }

    public FakeDiscord Fake { get; }

    public ServiceProvider Services { get; }

    public ListLoggerProvider Logs { get; }

    public DiscordHostedService Hosted { get; }

    public IKnowledgeStore Store => Services.GetRequiredService<IKnowledgeStore>();

    public StubArticleFetcher Fetcher => (StubArticleFetcher)Services.GetRequiredService<IArticleFetcher>();

    public static async Task<DiscordTestBot> StartAsync(Action<Dictionary<string, string?>>? configure = null, Func<FakeDiscord, Task>? beforeStart = null, bool waitForReady = true)
    {
        var fake = await FakeDiscord.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Discord:BotToken"] = Token,
            ["Discord:ApplicationId"] = "1000",
            ["Discord:GuildId"] = Payloads.GuildId,
            ["Discord:ApiBaseUrl"] = fake.ApiBaseUrl,
            ["Discord:GatewayUrl"] = fake.GatewayUrl,
            ["Discord:RequestTimeout"] = "00:00:05",
        };
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var logs = new ListLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton(new LiteDbContext(new LiteDatabase(new MemoryStream())));
        services.AddSingleton<IKnowledgeStore, LiteDbKnowledgeStore>();
        services.AddSingleton<IChatStore, LiteDbChatStore>();
        services.AddSingleton<IBotStateStore, LiteDbBotStateStore>();
        services.AddSingleton<IArticleFetcher, StubArticleFetcher>();
        services.AddSingleton(new GatewayTimings
        {
            IdentifySpacing = TimeSpan.FromMilliseconds(50),
            InvalidSessionDelayMin = TimeSpan.FromMilliseconds(10),
            InvalidSessionDelayMax = TimeSpan.FromMilliseconds(30),
            ReconnectBackoffBase = TimeSpan.FromMilliseconds(50),
            ReconnectBackoffMax = TimeSpan.FromMilliseconds(200),
        });
        services.AddBriefingCore(configuration);
        services.AddDiscord(configuration);
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<DiscordRestClient>().RetryBaseDelay = TimeSpan.FromMilliseconds(20);
        var bot = new DiscordTestBot(fake, provider, logs);
        if (beforeStart is not null)
        {
            await beforeStart(fake);
        }

        await bot.Hosted.StartAsync(CancellationToken.None);
        if (waitForReady)
        {
            await fake.Gateway.WaitForAsync(f => f.Op == 2);
            await bot.WaitUntilAsync(() => bot.Services.GetRequiredService<DiscordGatewayClient>().Session.SessionId is not null);
        }

        return bot;
    }

    /// <summary>Puts an actor in the store, as ingestion would.</summary>
    public async Task<Actor> SeedActorAsync(string name, string role, string country, params string[] aliases)
    {
        var article = new Article { Title = $"Talks with {name}", Body = $"{role} {name} met counterparts.", ContentHash = Guid.NewGuid().ToString("N"), IngestedAt = DateTimeOffset.UtcNow };
        var actor = new Actor
        {
            Kind = ActorKind.Person,
            Name = name,
            Aliases = [.. aliases],
            Keys = [.. ActorKeys.For([name, .. aliases, name.Split(' ')[^1]])],
            Roles = [new ActorRole { Title = role, Country = country }],
            Country = country,
            FirstSeen = DateTimeOffset.UtcNow,
            LastSeen = DateTimeOffset.UtcNow,
        };
        await Store.CommitIngestAsync(new IngestBatch(article, [actor], [], new Dictionary<Core.Meetings.Meeting, IReadOnlyList<Actor>>()), CancellationToken.None);
        return actor;
    }

    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Condition not met in time");
            }

            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Hosted.StopAsync(CancellationToken.None);
        Assert.DoesNotContain(Logs.Lines, l => l.Message.Contains(Token, StringComparison.Ordinal));
        await Services.DisposeAsync();
        await Fake.DisposeAsync();
        Assert.True(Fake.SchemaErrors.IsEmpty, string.Join("\n", Fake.SchemaErrors));
    }
}
