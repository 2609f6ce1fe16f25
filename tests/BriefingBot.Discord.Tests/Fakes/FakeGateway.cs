using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace BriefingBot.Discord.Tests.Fakes;

/// <summary>
/// Discord's gateway, as far as the bot needs it: HELLO, heartbeat ACKs, IDENTIFY → READY, RESUME → replay of
/// missed events + RESUMED. Events sent while no connection is ready are kept and replayed on RESUME, as Discord does.
/// </summary>
public sealed class FakeGateway
{
    private readonly Lock _lock = new();
    private readonly List<(long Seq, string Name, JsonObject Data)> _events = [];
    private readonly List<GatewayFrame> _received = [];
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private WebSocket? _socket;
    private HttpContext? _context;
    private bool _ready;
    private long _sequence;
    private string? _sessionId;
    private int _connections;

    public int HeartbeatIntervalMs { get; set; } = 200;

    public bool AckHeartbeats { get; set; } = true;

    /// <summary>When true, RESUME is answered with INVALID_SESSION (false).</summary>
    public bool RefuseResume { get; set; }

    public string ResumeUrl { get; set; } = "";

    public int Connections => _connections;

    public IReadOnlyList<GatewayFrame> Received
    {
        get
        {
            lock (_lock)
            {
                return [.. _received];
            }
        }
    }

    public IEnumerable<GatewayFrame> Identifies => Received.Where(f => f.Op == 2);

    public IEnumerable<GatewayFrame> Resumes => Received.Where(f => f.Op == 6);

    public async Task<GatewayFrame> WaitForAsync(Func<GatewayFrame, bool> predicate, int skip = 0, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < deadline)
        {
            var match = Received.Where(predicate).Skip(skip).FirstOrDefault();
            if (match is not null)
            {
                return match;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("The bot never sent the expected gateway payload. Received: " + string.Join(", ", Received.Select(f => f.Op)));
    }

    /// <summary>Sends an event now if a session is live on a connection, else keeps it for the RESUME replay.</summary>
    public async Task DispatchAsync(string name, JsonObject data)
    {
        WebSocket? socket;
        long sequence;
        lock (_lock)
        {
            sequence = ++_sequence;
            _events.Add((sequence, name, data));
            socket = _ready ? _socket : null;
        }

        if (socket is not null)
        {
            await SendAsync(socket, Dispatch(name, sequence, data));
        }
    }

    /// <summary>Sends an opcode (7 RECONNECT, 9 INVALID_SESSION, 1 HEARTBEAT); events after it wait for the next session.</summary>
    public async Task SendOpAsync(int op, JsonNode? data)
    {
        var socket = Pause();
        if (socket is not null)
        {
            await SendAsync(socket, new JsonObject { ["op"] = op, ["d"] = data });
        }
    }

    public async Task CloseAsync(int code)
    {
        var socket = Pause();
        if (socket is not null)
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, "closed by test", CancellationToken.None);
        }
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Abort()
    {
        Pause();
        lock (_lock)
        {
            _context?.Abort();
        }
    }

    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        int connection;
        lock (_lock)
        {
            _socket = socket;
            _context = context;
            _ready = false;
            connection = ++_connections;
        }

        try
        {
            await SendAsync(socket, new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = HeartbeatIntervalMs } });
            while (await ReceiveAsync(socket) is { } payload)
            {
                var op = payload["op"]!.GetValue<int>();
                lock (_lock)
                {
                    _received.Add(new GatewayFrame(op, payload["d"]?.DeepClone(), connection, DateTimeOffset.UtcNow));
                }

                await AnswerAsync(socket, op, payload["d"]);
            }

            if (socket.State == WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or ConnectionAbortedException)
        {
            // The bot or the test dropped the connection.
        }
        finally
        {
            lock (_lock)
            {
                if (_socket == socket)
                {
                    _socket = null;
                    _ready = false;
                }
            }
        }
    }

    private async Task AnswerAsync(WebSocket socket, int op, JsonNode? data)
    {
        switch (op)
        {
            case 1 when AckHeartbeats:
                await SendAsync(socket, new JsonObject { ["op"] = 11 });
                break;
            case 2:
                lock (_lock)
                {
                    _sessionId = Guid.NewGuid().ToString("N");
                    _events.Clear();
                    _sequence = 0;
                    _ready = true;
                }

                await DispatchAsync("READY", new JsonObject
                {
                    ["v"] = 10,
                    ["session_id"] = _sessionId,
                    ["resume_gateway_url"] = ResumeUrl,
                    ["user"] = new JsonObject { ["id"] = "1000", ["username"] = "briefingbot", ["bot"] = true },
                    ["application"] = new JsonObject { ["id"] = "1000" },
                });
                break;
            case 6:
                List<(long Seq, string Name, JsonObject Data)> missed;
                lock (_lock)
                {
                    var valid = !RefuseResume && data?["session_id"]?.GetValue<string>() == _sessionId;
                    if (!valid)
                    {
                        missed = [];
                    }
                    else
                    {
                        var after = data?["seq"]?.GetValue<long?>() ?? 0;
                        missed = [.. _events.Where(e => e.Seq > after)];
                    }
                }

                if (RefuseResume || data?["session_id"]?.GetValue<string>() != _sessionId)
                {
                    await SendAsync(socket, new JsonObject { ["op"] = 9, ["d"] = false });
                    break;
                }

                foreach (var (seq, name, payload) in missed)
                {
                    await SendAsync(socket, Dispatch(name, seq, payload));
                }

                lock (_lock)
                {
                    _ready = true;
                }

                await DispatchAsync("RESUMED", []);
                break;
        }
    }

    private WebSocket? Pause()
    {
        lock (_lock)
        {
            _ready = false;
            return _socket;
        }
    }

    private static JsonObject Dispatch(string name, long sequence, JsonObject data) =>
        new() { ["op"] = 0, ["t"] = name, ["s"] = sequence, ["d"] = data.DeepClone() };

    private async Task SendAsync(WebSocket socket, JsonObject payload)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // Connection already gone: the event stays in the log for a RESUME.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private static async Task<JsonObject?> ReceiveAsync(WebSocket socket)
    {
        using var message = new MemoryStream();
        var buffer = new byte[8192];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonNode.Parse(message.ToArray())!.AsObject();
            }
        }
    }
}
