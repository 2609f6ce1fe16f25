using System.Net.WebSockets;
using System.Text.Json.Nodes;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Gateway;

/// <summary>
/// Keeps one gateway session alive: connects, identifies (within the identify limit) or resumes after a
/// drop, reconnects with backoff, and hands every event to the caller. Fatal close codes end
/// <see cref="RunAsync"/> with <see cref="DiscordGatewayFatalException"/>.
/// </summary>
public sealed partial class DiscordGatewayClient
{
    private readonly DiscordRestClient _rest;
    private readonly DiscordOptions _options;
    private readonly GatewayTimings _timings;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordGatewayClient> _logger;
    private readonly GatewaySendLimiter _limiter;
    private DateTimeOffset _lastIdentify = DateTimeOffset.MinValue;
    private TimeSpan _sessionStartWait = TimeSpan.Zero;

    /// <summary>Creates the client.</summary>
    public DiscordGatewayClient(
        DiscordRestClient rest, IOptions<DiscordOptions> options, GatewayTimings timings, TimeProvider time, ILogger<DiscordGatewayClient> logger)
    {
        _rest = rest;
        _options = options.Value;
        _timings = timings;
        _time = time;
        _logger = logger;
        _limiter = new GatewaySendLimiter(timings.SendLimit, timings.SendWindow, time);
    }

    /// <summary>The current session (id, resume URL, last sequence).</summary>
    public GatewaySession Session { get; } = new();

    /// <summary>
    /// Runs until <paramref name="cancellationToken"/> is cancelled. <paramref name="onDispatch"/> is called on the
    /// receive loop for every event and must not block: start slow work elsewhere.
    /// </summary>
    /// <exception cref="DiscordGatewayFatalException">Discord closed with a code that reconnecting cannot fix.</exception>
    public async Task RunAsync(Action<GatewayDispatch> onDispatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onDispatch);
        var settings = new GatewayConnectionSettings(_options.BotToken!, GatewayIntents.For(_options), _timings, WaitToIdentifyAsync, onDispatch);
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var resume = Session.CanResume;
            var established = false;
            var end = ConnectionEnd.Resume;
            try
            {
                var url = resume ? Session.ResumeUrl! : await GatewayUrlAsync(cancellationToken).ConfigureAwait(false);
                using var socket = new ClientWebSocket();
                await socket.ConnectAsync(WithQuery(url), cancellationToken).ConfigureAwait(false);
                var connection = new GatewayConnection(socket, Session, settings, _limiter, _time, _logger);
                end = await connection.RunAsync(resume, cancellationToken).ConfigureAwait(false);
                established = connection.Established;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is WebSocketException or HttpRequestException or IOException || ex is DiscordRestException { IsTransient: true })
            {
                LogConnectFailed(ex.Message);
            }
            catch (DiscordRestException ex) when (ex.Status == System.Net.HttpStatusCode.Unauthorized)
            {
                throw new DiscordGatewayFatalException(4004);
            }

            if (end == ConnectionEnd.Stopped)
            {
                return;
            }

            if (end == ConnectionEnd.Identify)
            {
                Session.Clear();
            }

            failures = established ? 0 : failures + 1;
            if (failures > 0)
            {
                var backoff = _timings.ReconnectBackoffBase * Math.Pow(2, Math.Min(failures - 1, 10));
                backoff = backoff > _timings.ReconnectBackoffMax ? _timings.ReconnectBackoffMax : backoff;
                LogBackoff(backoff.TotalMilliseconds);
                await Task.Delay(backoff, _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<string> GatewayUrlAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(_options.GatewayUrl))
        {
            return _options.GatewayUrl;
        }

        var gateway = await _rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false) as JsonObject
            ?? throw new DiscordRestException("Discord sent no gateway URL");
        if (gateway["session_start_limit"] is JsonObject limit && limit["remaining"]?.GetValue<int>() == 0)
        {
            // The day's session starts are used up: identifying now would be refused.
            _sessionStartWait = TimeSpan.FromMilliseconds(limit["reset_after"]?.GetValue<double>() ?? 0);
        }

        return gateway["url"]!.GetValue<string>();
    }

    private async Task WaitToIdentifyAsync(CancellationToken cancellationToken)
    {
        var wait = _lastIdentify + _timings.IdentifySpacing - _time.GetUtcNow();
        if (_sessionStartWait > wait)
        {
            wait = _sessionStartWait;
            _sessionStartWait = TimeSpan.Zero;
        }

        if (wait > TimeSpan.Zero)
        {
            LogIdentifyWait(wait.TotalMilliseconds);
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }

        _lastIdentify = _time.GetUtcNow();
    }

    private static Uri WithQuery(string url)
    {
        var builder = new UriBuilder(url);
        if (!builder.Query.Contains("v=", StringComparison.Ordinal))
        {
            builder.Query = "v=10&encoding=json";
        }

        return builder.Uri;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not reach the Discord gateway: {Reason}")]
    private partial void LogConnectFailed(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconnecting to Discord in {Milliseconds} ms")]
    private partial void LogBackoff(double milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Waiting {Milliseconds} ms before identifying (Discord's identify limit)")]
    private partial void LogIdentifyWait(double milliseconds);
}
