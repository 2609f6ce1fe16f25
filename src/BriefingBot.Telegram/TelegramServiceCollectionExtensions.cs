using BriefingBot.Core.Chat;
using BriefingBot.Telegram.Delivery;
using BriefingBot.Telegram.Moderation;
using BriefingBot.Telegram.Rendering;
using BriefingBot.Telegram.Updates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace BriefingBot.Telegram;

public static class TelegramServiceCollectionExtensions
{
    private const string HttpClientName = "telegram";
    private const string PollingHttpClientName = "telegram-polling";

    /// <summary>
    /// The Telegram adapter: long polling, command handling and digest delivery (<see cref="IChatOutbound"/> for
    /// "telegram"). It is registered only when <c>Telegram:BotToken</c> is set. Needs the core's router and the
    /// chat and state stores registered elsewhere.
    /// </summary>
    public static IServiceCollection AddTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(TelegramOptions.Section);
        services.AddOptions<TelegramOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>());
        if (string.IsNullOrWhiteSpace(section[nameof(TelegramOptions.BotToken)]))
        {
            return services;
        }

        // No request logging: Telegram puts the bot token in every URL.
        foreach (var name in new[] { HttpClientName, PollingHttpClientName })
        {
            services.AddHttpClient(name)
                .RemoveAllLoggers()
                .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
                .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ITelegramBotClient>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            http.Timeout = options.RequestTimeout;
            return CreateClient(options, http);
        });
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(PollingHttpClientName);
            http.Timeout = options.PollTimeout + TimeSpan.FromSeconds(15);
            return new LongPollingBotClient(CreateClient(options, http), options.PollTimeout);
        });

        services.TryAddSingleton<ChatCommandRouter>();
        services.AddSingleton<TelegramBotIdentity>();
        services.AddSingleton<TelegramRateLimiter>();
        services.AddSingleton<TelegramSender>();
        services.AddSingleton<TelegramModerators>();
        services.AddSingleton<TelegramButtons>();
        services.AddSingleton<TelegramReplyFormatter>();
        services.AddSingleton<TelegramUpdateOffset>();
        services.AddSingleton<TelegramCommandReader>();
        services.AddSingleton<TelegramUpdateHandler>();
        services.AddSingleton<IChatOutbound, TelegramChatOutbound>();
        services.AddHostedService<TelegramPollingService>();
        return services;
    }

    private static TelegramBotClient CreateClient(TelegramOptions options, HttpClient http)
    {
        var baseUrl = string.IsNullOrWhiteSpace(options.ApiBaseUrl) ? null : options.ApiBaseUrl;

        // Our sender honours 429s itself (and keeps the rate limiter informed), so the client must not also wait.
        return new TelegramBotClient(new TelegramBotClientOptions(options.BotToken!.Trim(), baseUrl) { RetryCount = 0 }, http);
    }
}
