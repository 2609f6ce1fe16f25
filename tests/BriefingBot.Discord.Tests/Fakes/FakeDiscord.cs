using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Tests.Fakes;

/// <summary>
/// A local Discord on Kestrel (127.0.0.1, port 0): the WebSocket gateway at <c>/gateway</c>, the REST routes the
/// bot uses under <c>/api/v10</c>, and attachments under <c>/cdn</c>. Every JSON body is checked against Discord's
/// OpenAPI request schemas; problems collect in <see cref="SchemaErrors"/>.
/// </summary>
public sealed class FakeDiscord : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<(string Method, string PathPrefix, int Status, JsonNode? Body, Dictionary<string, string> Headers)> _scripted = new();
    private int _messageIds = 5000;

    private FakeDiscord(WebApplication app)
    {
        _app = app;
    }

    public FakeGateway Gateway { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public string ApiBaseUrl => BaseUrl + "/api/v10";

    public string GatewayUrl => BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway";

    public ConcurrentDictionary<string, byte[]> Files { get; } = new();

    public JsonArray GuildRoles { get; set; } = [];

    public ConcurrentQueue<string> SchemaErrors { get; } = new();

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeDiscord> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeDiscord(builder.Build());
        fake._app.UseWebSockets();
        fake._app.Map("/gateway", fake.Gateway.HandleAsync);
        fake._app.Map("/cdn/{name}", fake.ServeFileAsync);
        fake._app.Map("/api/v10/{**path}", fake.HandleRestAsync);
        await fake._app.StartAsync();
        fake.BaseUrl = fake._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.Gateway.ResumeUrl = fake.GatewayUrl;
        return fake;
    }

    /// <summary>The next request whose method matches and path starts with <paramref name="pathPrefix"/> gets this answer.</summary>
    public void Script(string method, string pathPrefix, int status, JsonNode? body, Dictionary<string, string>? headers = null) =>
        _scripted.Enqueue((method, pathPrefix, status, body, headers ?? []));

    public async Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> predicate, int skip = 0, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < deadline)
        {
            var match = Requests.Where(predicate).Skip(skip).FirstOrDefault();
            if (match is not null)
            {
                return match;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("The bot never sent the expected request. Received: " + string.Join(", ", Requests.Select(r => $"{r.Method} {r.Path}")));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ServeFileAsync(HttpContext context)
    {
        var name = (string)context.Request.RouteValues["name"]!;
        if (!Files.TryGetValue(name, out var bytes))
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes);
    }

    private async Task HandleRestAsync(HttpContext context)
    {
        var method = context.Request.Method;
        var path = "/" + (string?)context.Request.RouteValues["path"];
        JsonNode? body = null;
        using (var reader = new StreamReader(context.Request.Body))
        {
            var text = await reader.ReadToEndAsync();
            if (text.Length > 0)
            {
                body = JsonNode.Parse(text);
            }
        }

        _requests.Enqueue(new RecordedRequest(method, path, body, context.Request.Headers.Authorization.ToString(), DateTimeOffset.UtcNow));
        if (body is not null)
        {
            foreach (var error in OpenApiValidator.Discord.Validate(method, path, body))
            {
                SchemaErrors.Enqueue($"{method} {path}: {error}");
            }
        }

        if (TryTakeScripted(method, path, out var scripted))
        {
            foreach (var (name, value) in scripted.Headers)
            {
                context.Response.Headers[name] = value;
            }

            await WriteAsync(context, scripted.Status, scripted.Body);
            return;
        }

        var (status, answer) = (method, path) switch
        {
            ("GET", "/gateway/bot") => (200, new JsonObject
            {
                ["url"] = GatewayUrl,
                ["shards"] = 1,
                ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = 999, ["reset_after"] = 0, ["max_concurrency"] = 1 },
            }),
            ("POST", _) when path.StartsWith("/interactions/", StringComparison.Ordinal) => (204, null),
            ("PATCH" or "POST", _) when path.StartsWith("/webhooks/", StringComparison.Ordinal) || path.StartsWith("/channels/", StringComparison.Ordinal) =>
                (200, new JsonObject { ["id"] = Interlocked.Increment(ref _messageIds).ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            ("PUT", _) when path.EndsWith("/commands", StringComparison.Ordinal) => (200, body?.DeepClone()),
            ("GET", _) when path.EndsWith("/roles", StringComparison.Ordinal) => (200, GuildRoles.DeepClone()),
            _ => (404, (JsonNode?)new JsonObject { ["message"] = "404: Not Found", ["code"] = 0 }),
        };
        await WriteAsync(context, status, answer);
    }

    private bool TryTakeScripted(string method, string path, out (string Method, string PathPrefix, int Status, JsonNode? Body, Dictionary<string, string> Headers) scripted)
    {
        lock (_scripted)
        {
            var all = _scripted.ToList();
            var index = all.FindIndex(s => s.Method == method && path.StartsWith(s.PathPrefix, StringComparison.Ordinal));
            scripted = index >= 0 ? all[index] : default;
            if (index < 0)
            {
                return false;
            }

            _scripted.Clear();
            foreach (var item in all.Where((_, i) => i != index))
            {
                _scripted.Enqueue(item);
            }

            return true;
        }
    }

    private static async Task WriteAsync(HttpContext context, int status, JsonNode? body)
    {
        context.Response.StatusCode = status;
        if (body is not null && status != 204)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body.ToJsonString());
        }
    }
}
