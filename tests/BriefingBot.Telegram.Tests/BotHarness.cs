using BriefingBot.Core;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Storage;
using BriefingBot.Storage;
using BriefingBot.Telegram.Tests.Fakes;
using LiteDB;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Telegram.Tests;

/// <summary>
/// The bot as the host runs it (core handlers, LiteDB store, AddTelegram) against the fake Bot API.
/// The store outlives the bot, so a test can stop it and start it again on the same data.
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    public const long Moderator = 1001;
    public const long Reader = 2002;

    private IHost? _host;

    private BotHarness(FakeBotApi api, LiteDbContext store)
    {
        Api = api;
        Store = store;
    }

    public FakeBotApi Api { get; }

    public LiteDbContext Store { get; }

    public IKnowledgeStore Knowledge => new LiteDbKnowledgeStore(Store);

    public IChatStore Chats => new LiteDbChatStore(Store);

    public IServiceProvider Services => _host!.Services;

    public static async Task<BotHarness> StartAsync(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var api = await FakeBotApi.StartAsync();
        var harness = new BotHarness(api, new LiteDbContext(new LiteDatabase(new MemoryStream())));
        await harness.StartBotAsync(settings, services);
        return harness;
    }

    public async Task StartBotAsync(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = FakeBotApi.Token,
            ["Telegram:ApiBaseUrl"] = Api.BaseUrl,
            ["Telegram:Moderators:0"] = Moderator.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Telegram:PerChatInterval"] = "00:00:00.010",
            ["Telegram:RetryBackoff"] = "00:00:00.050",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddSingleton(Store);
        builder.Services.AddSingleton<IKnowledgeStore, LiteDbKnowledgeStore>();
        builder.Services.AddSingleton<IChatStore, LiteDbChatStore>();
        builder.Services.AddSingleton<IBotStateStore, LiteDbBotStateStore>();
        builder.Services.AddBriefingCore(builder.Configuration);
        builder.Services.AddArticleFetching(builder.Configuration);
        builder.Services.AddTelegram(builder.Configuration);
        services?.Invoke(builder.Services);
        _host = builder.Build();
        await _host.StartAsync();
    }

    public async Task StopBotAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
            _host = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopBotAsync();
        await Api.DisposeAsync();
        Store.Dispose();
    }
}
