using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Gateway;

/// <summary>
/// One WebSocket connection: HELLO, heartbeats with ACK tracking, IDENTIFY or RESUME, then events until
/// the connection ends. The owning client decides what the next connection does from the result.
/// </summary>
internal sealed partial class GatewayConnection(
    ClientWebSocket socket,
    GatewaySession session,
    GatewayConnectionSettings settings,
    GatewaySendLimiter limiter,
    TimeProvider time,
    ILogger logger)
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private volatile bool _acked = true;

    /// <summary>True once READY or RESUMED arrived on this connection.</summary>
    public bool Established { get; private set; }

    public async Task<ConnectionEnd> RunAsync(bool resume, CancellationToken cancellationToken)
    {
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task heartbeat = Task.CompletedTask;
        try
        {
            var hello = await ReceiveAsync(connection.Token).ConfigureAwait(false);
            if (hello is null || (GatewayOpCode?)hello["op"]?.GetValue<int>() != GatewayOpCode.Hello)
            {
                return Closed();
            }

            var interval = TimeSpan.FromMilliseconds(hello["d"]!["heartbeat_interval"]!.GetValue<double>());
            heartbeat = HeartbeatAsync(interval, connection);
            if (resume)
            {
                LogResuming(session.Sequence ?? 0);
                await SendAsync(GatewayOpCode.Resume, new JsonObject { ["token"] = settings.Token, ["session_id"] = session.SessionId, ["seq"] = session.Sequence }, connection.Token)
                    .ConfigureAwait(false);
            }
            else
            {
                await settings.BeforeIdentify(connection.Token).ConfigureAwait(false);
                var properties = new JsonObject { ["os"] = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), ["browser"] = "BriefingBot", ["device"] = "BriefingBot" };
                await SendAsync(GatewayOpCode.Identify, new JsonObject { ["token"] = settings.Token, ["intents"] = settings.Intents, ["properties"] = properties }, connection.Token)
                    .ConfigureAwait(false);
            }

            while (true)
            {
                var payload = await ReceiveAsync(connection.Token).ConfigureAwait(false);
                if (payload is null)
                {
                    return Closed();
                }

                var end = await HandleAsync(payload, connection.Token).ConfigureAwait(false);
                if (end is not null)
                {
                    return end.Value;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The heartbeat found the connection dead (no ACK): drop it and resume on a new one.
            return ConnectionEnd.Resume;
        }
        catch (WebSocketException ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogDropped(ex.WebSocketErrorCode.ToString());
            return ConnectionEnd.Resume;
        }
        catch (OperationCanceledException)
        {
            await CloseAsync(WebSocketCloseStatus.NormalClosure).ConfigureAwait(false);
            return ConnectionEnd.Stopped;
        }
        finally
        {
            await connection.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(false);
        }
    }

    private async Task<ConnectionEnd?> HandleAsync(JsonObject payload, CancellationToken cancellationToken)
    {
        switch ((GatewayOpCode)payload["op"]!.GetValue<int>())
        {
            case GatewayOpCode.Dispatch:
                var name = payload["t"]!.GetValue<string>();
                var sequence = payload["s"]!.GetValue<long>();
                session.Sequence = sequence;
                var data = payload["d"] as JsonObject ?? [];
                if (name == "READY")
                {
                    session.SessionId = data["session_id"]!.GetValue<string>();
                    session.ResumeUrl = data["resume_gateway_url"]!.GetValue<string>();
                    Established = true;
                    LogReady();
                }
                else if (name == "RESUMED")
                {
                    Established = true;
                    LogResumed();
                }

                settings.OnDispatch(new GatewayDispatch(name, sequence, data));
                return null;
            case GatewayOpCode.Heartbeat:
                await SendHeartbeatAsync(cancellationToken).ConfigureAwait(false);
                return null;
            case GatewayOpCode.HeartbeatAck:
                _acked = true;
                return null;
            case GatewayOpCode.Reconnect:
                LogReconnectAsked();
                await CloseAsync((WebSocketCloseStatus)GatewayCloseCodes.ResumableClose).ConfigureAwait(false);
                return ConnectionEnd.Resume;
            case GatewayOpCode.InvalidSession:
                var resumable = payload["d"]?.GetValueKind() == System.Text.Json.JsonValueKind.True;
                LogInvalidSession(resumable);
                await CloseAsync((WebSocketCloseStatus)GatewayCloseCodes.ResumableClose).ConfigureAwait(false);
                var spread = settings.Timings.InvalidSessionDelayMax - settings.Timings.InvalidSessionDelayMin;
                await Task.Delay(settings.Timings.InvalidSessionDelayMin + (spread * Random.Shared.NextDouble()), time, cancellationToken).ConfigureAwait(false);
                return resumable ? ConnectionEnd.Resume : ConnectionEnd.Identify;
            default:
                return null;
        }
    }

    private ConnectionEnd Closed()
    {
        var code = (int?)socket.CloseStatus ?? 0;
        if (GatewayCloseCodes.IsFatal(code))
        {
            throw new DiscordGatewayFatalException(code);
        }

        LogClosed(code, GatewayCloseCodes.Describe(code));
        return GatewayCloseCodes.EndsSession(code) ? ConnectionEnd.Identify : ConnectionEnd.Resume;
    }

    private async Task HeartbeatAsync(TimeSpan interval, CancellationTokenSource connection)
    {
        try
        {
            // The first beat waits a random part of the interval, so many clients reconnecting at once spread out.
            await Task.Delay(interval * Random.Shared.NextDouble(), time, connection.Token).ConfigureAwait(false);
            while (true)
            {
                if (!_acked)
                {
                    LogZombie();
                    socket.Abort();
                    await connection.CancelAsync().ConfigureAwait(false);
                    return;
                }

                _acked = false;
                await SendHeartbeatAsync(connection.Token).ConfigureAwait(false);
                await Task.Delay(interval, time, connection.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection ended; the receive loop reports why.
        }
    }

    private Task SendHeartbeatAsync(CancellationToken cancellationToken) =>
        SendRawAsync(new JsonObject { ["op"] = (int)GatewayOpCode.Heartbeat, ["d"] = session.Sequence }, cancellationToken);

    private async Task SendAsync(GatewayOpCode op, JsonObject data, CancellationToken cancellationToken)
    {
        await limiter.WaitAsync(cancellationToken).ConfigureAwait(false);
        await SendRawAsync(new JsonObject { ["op"] = (int)op, ["d"] = data }, cancellationToken).ConfigureAwait(false);
    }

    private async Task SendRawAsync(JsonObject payload, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(payload.ToJsonString());
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task<JsonObject?> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonNode.Parse(message.ToArray()) as JsonObject;
            }
        }
    }

    private async Task CloseAsync(WebSocketCloseStatus status)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(status, null, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            socket.Abort();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway ready")]
    private partial void LogReady();

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway session resumed")]
    private partial void LogResumed();

    [LoggerMessage(Level = LogLevel.Information, Message = "Resuming the Discord session after sequence {Sequence}")]
    private partial void LogResuming(long sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord asked us to reconnect")]
    private partial void LogReconnectAsked();

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord invalidated the session (resumable: {Resumable})")]
    private partial void LogInvalidSession(bool resumable);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No heartbeat ACK from Discord: the connection is dead, reconnecting")]
    private partial void LogZombie();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway connection dropped ({Error})")]
    private partial void LogDropped(string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway closed: {Description} ({Code})")]
    private partial void LogClosed(int code, string description);
}
