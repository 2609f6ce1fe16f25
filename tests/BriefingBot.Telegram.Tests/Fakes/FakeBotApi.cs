using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Telegram.Tests.Fakes;

/// <summary>
/// A Bot API server on 127.0.0.1 speaking Telegram's JSON over HTTP, so the real Telegram.Bot client runs against it.
/// Like Telegram, getUpdates returns every update from the requested offset on (it never forgets, which is the
/// hardest case for a restarting bot), and messages with bad HTML are refused with "can't parse entities".
/// </summary>
public sealed partial class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456:TEST-token_for-the-fake";
    public const long BotId = 123456;
    public const string BotUsername = "BriefingTestBot";

    private readonly Lock _gate = new();
    private readonly List<JsonObject> _updates = [];
    private readonly List<SentMessage> _sent = [];
    private readonly List<(string Method, JsonObject Body)> _calls = [];
    private readonly Dictionary<(string Method, long Chat), Queue<Failure>> _failures = [];
    private readonly Dictionary<(long Chat, long User), string> _members = [];
    private readonly Dictionary<string, byte[]> _files = [];
    private readonly SemaphoreSlim _updateArrived = new(0);
    private WebApplication? _app;
    private int _nextUpdateId = 1;
    private int _nextMessageId = 1000;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Hold an empty getUpdates for its whole timeout, as Telegram does (off by default to keep tests quick).</summary>
    public bool HoldPolls { get; set; }

    public static async Task<FakeBotApi> StartAsync()
    {
        var api = new FakeBotApi();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/bot{token}/{method}", api.HandleAsync);
        app.MapGet("/file/bot{token}/{**path}", api.ServeFile);
        await app.StartAsync();
        api._app = app;
        api.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return api;
    }

    public IReadOnlyList<SentMessage> Sent
    {
        get
        {
            lock (_gate)
            {
                return [.. _sent];
            }
        }
    }

    public IReadOnlyList<JsonObject> Calls(string method)
    {
        lock (_gate)
        {
            return [.. _calls.Where(c => c.Method == method).Select(c => c.Body)];
        }
    }

    public IReadOnlyList<SentMessage> SentTo(long chatId) => [.. Sent.Where(m => m.ChatId == chatId)];

    /// <summary>The next <paramref name="method"/> call for <paramref name="chatId"/> fails as given.</summary>
    public void FailNext(string method, long chatId, int code, string description, JsonObject? parameters = null)
    {
        lock (_gate)
        {
            if (!_failures.TryGetValue((method, chatId), out var queue))
            {
                queue = new Queue<Failure>();
                _failures[(method, chatId)] = queue;
            }

            queue.Enqueue(new Failure(code, description, parameters));
        }
    }

    public void SetMember(long chatId, long userId, string status)
    {
        lock (_gate)
        {
            _members[(chatId, userId)] = status;
        }
    }

    public void AddFile(string fileId, byte[] content)
    {
        lock (_gate)
        {
            _files[fileId] = content;
        }
    }

    /// <summary>Queues an update; its id is assigned here, in order.</summary>
    public int Enqueue(string kind, JsonObject payload)
    {
        int id;
        lock (_gate)
        {
            id = _nextUpdateId++;
            _updates.Add(new JsonObject { ["update_id"] = id, [kind] = payload });
        }

        _updateArrived.Release();
        return id;
    }

    /// <summary>Waits until the bot has sent or edited messages matching <paramref name="match"/>.</summary>
    public async Task<SentMessage> WaitForAsync(Func<SentMessage, bool> match, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < until)
        {
            var found = Sent.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("The bot did not send the expected message. Sent so far:\n" + string.Join("\n---\n", Sent.Select(m => $"{m.Method} {m.ChatId}: {m.Text}")));
    }

    /// <summary>Waits until the bot asked for updates beyond <paramref name="updateId"/>, i.e. it has handled it.</summary>
    public async Task WaitUntilConfirmedAsync(int updateId, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < until)
        {
            if (Calls("getUpdates").Any(c => (int?)c["offset"] > updateId))
            {
                return;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"The bot never confirmed update {updateId}.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _updateArrived.Dispose();
    }

    private async Task HandleAsync(HttpContext context, string token, string method)
    {
        var body = await ReadBodyAsync(context.Request);
        if (token != Token)
        {
            await Error(context, 401, "Unauthorized");
            return;
        }

        Failure? failure = null;
        lock (_gate)
        {
            _calls.Add((method, body));
            if (TryChatId(body, out var chatId) && _failures.TryGetValue((method, chatId), out var queue) && queue.Count > 0)
            {
                failure = queue.Dequeue();
            }
        }

        if (failure is not null)
        {
            await Error(context, failure.Code, failure.Description, failure.Parameters);
            return;
        }

        var result = method switch
        {
            "getMe" => new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Briefing", ["username"] = BotUsername },
            "getUpdates" => await UpdatesAsync(body, context.RequestAborted),
            "setMyCommands" or "answerCallbackQuery" or "deleteWebhook" => JsonValue.Create(true),
            "sendMessage" or "editMessageText" => Message(method, body, out var problem) ?? (JsonNode)problem!,
            "getChatMember" => Member(body),
            "getFile" => File(body),
            _ => null,
        };

        switch (result)
        {
            case null:
                await Error(context, 404, "Not Found: method not found");
                break;
            case JsonValue value when value.TryGetValue<string>(out var problem):
                await Error(context, 400, problem);
                break;
            default:
                await context.Response.WriteAsync(new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString());
                break;
        }
    }

    private async Task<JsonNode> UpdatesAsync(JsonObject body, CancellationToken cancellationToken)
    {
        var offset = (int?)body["offset"] ?? 0;
        var limit = (int?)body["limit"] ?? 100;

        // Long polling, shortened: answer as soon as something is there, or empty after a moment.
        var rounds = HoldPolls ? ((int?)body["timeout"] ?? 0) * 20 : 10;
        for (var wait = 0; wait < rounds; wait++)
        {
            lock (_gate)
            {
                var pending = _updates.Where(u => (int)u["update_id"]! >= offset).Take(limit).Select(u => u.DeepClone()).ToArray();
                if (pending.Length > 0)
                {
                    return new JsonArray(pending);
                }
            }

            try
            {
                await _updateArrived.WaitAsync(TimeSpan.FromMilliseconds(50), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return new JsonArray();
    }

    private async Task ServeFile(HttpContext context, string token, string path)
    {
        byte[]? content;
        lock (_gate)
        {
            _files.TryGetValue(Path.GetFileNameWithoutExtension(path), out content);
        }

        if (token != Token || content is null)
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentLength = content.Length;
        await context.Response.Body.WriteAsync(content);
    }
}
