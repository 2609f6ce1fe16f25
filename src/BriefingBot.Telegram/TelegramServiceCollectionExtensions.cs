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
        services.AddHttpClient(HttpClientName)
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ITelegramBotClient>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var baseUrl = string.IsNullOrWhiteSpace(options.ApiBaseUrl) ? null : options.ApiBaseUrl;

            // Our sender honours 429s itself (and keeps the rate limiter informed), so the client must not also wait.
            var clientOptions = new TelegramBotClientOptions(options.BotToken!.Trim(), baseUrl) { RetryCount = 0 };
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            return new TelegramBotClient(clientOptions, http);
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
}
