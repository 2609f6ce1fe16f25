using BriefingBot.Core.Chat;
using BriefingBot.Discord.Gateway;
using BriefingBot.Discord.Interactions;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord;

/// <summary>Registers the Discord adapter.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates the <c>Discord</c> section. The adapter's hosted service and its <see cref="IChatOutbound"/>
    /// are added only when <c>Discord:BotToken</c> is set; it needs Core's router and the stores registered elsewhere.
    /// </summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(DiscordOptions.Section);
        services.AddOptions<DiscordOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        if (string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.BotToken)]))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new GatewayTimings());
        // Our own log lines say what failed; the factory's would print every webhook URL, interaction tokens included.
        services.AddHttpClient(nameof(DiscordRestClient))
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        // One instance: its rate limiter must see every request the bot makes.
        services.AddSingleton(sp => new DiscordRestClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(DiscordRestClient)),
            sp.GetRequiredService<IOptions<DiscordOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DiscordRestClient>>()));
        services.AddSingleton<DiscordGatewayClient>();
        services.AddSingleton<ModeratorPolicy>();
        services.AddSingleton<ButtonCommands>();
        services.AddSingleton<InteractionMapper>();
        services.AddSingleton<Autocompleter>();
        services.AddSingleton<DiscordReplySender>();
        services.AddSingleton<DiscordInteractionHandler>();
        services.AddSingleton<IntakeMessageHandler>();
        services.AddSingleton<DiscordEventDispatcher>();
        services.AddSingleton<IChatOutbound, DiscordOutbound>();
        services.AddHostedService<DiscordHostedService>();
        return services;
    }
}
