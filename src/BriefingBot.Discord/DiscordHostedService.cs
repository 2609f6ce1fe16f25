using BriefingBot.Core.Chat;
using BriefingBot.Discord.Gateway;
using BriefingBot.Discord.Interactions;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord;

/// <summary>
/// Runs the Discord adapter: registers the commands (in the configured server, else globally), then keeps the
/// gateway session. A fatal close (bad token, disallowed intents) stops only this adapter, with one clear log line.
/// </summary>
public sealed partial class DiscordHostedService(
    DiscordGatewayClient gateway,
    DiscordRestClient rest,
    DiscordEventDispatcher dispatcher,
    ChatCommandRouter router,
    IOptions<DiscordOptions> options,
    ILogger<DiscordHostedService> logger) : BackgroundService
{
    private readonly DiscordOptions _options = options.Value;

    /// <summary>Completes when the adapter has stopped for good (fatal close or shutdown).</summary>
    public Task Stopped => ExecuteTask ?? Task.CompletedTask;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RegisterCommandsAsync(stoppingToken).ConfigureAwait(false);
            await gateway.RunAsync(d => dispatcher.Dispatch(d, stoppingToken), stoppingToken).ConfigureAwait(false);
        }
        catch (DiscordGatewayFatalException ex)
        {
            LogFatal(ex.Message);
        }
        catch (DiscordRestException ex) when (ex.Status == System.Net.HttpStatusCode.Unauthorized)
        {
            LogFatal("Discord refused the bot token (401): check Discord:BotToken");
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            await dispatcher.DrainAsync().ConfigureAwait(false);
        }
    }

    private async Task RegisterCommandsAsync(CancellationToken cancellationToken)
    {
        var guild = string.IsNullOrWhiteSpace(_options.GuildId) ? null : _options.GuildId;
        var body = DiscordCommandCatalog.RegistrationBody(router.Commands);
        try
        {
            await rest.BulkOverwriteCommandsAsync(_options.ApplicationId!, guild, body, cancellationToken).ConfigureAwait(false);
            LogRegistered(body.Count, guild ?? "all servers (global)");
        }
        catch (Rest.DiscordRestException ex) when (ex.Status != System.Net.HttpStatusCode.Unauthorized)
        {
            // Commands registered earlier still work; the gateway is worth running without a fresh registration.
            LogRegistrationFailed(ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord adapter stopped: {Reason}. The rest of the bot keeps running.")]
    private partial void LogFatal(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Count} Discord commands in {Scope}")]
    private partial void LogRegistered(int count, string scope);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not register the Discord commands: {Reason}")]
    private partial void LogRegistrationFailed(string reason);
}
