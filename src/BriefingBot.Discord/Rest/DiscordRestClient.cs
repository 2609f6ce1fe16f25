using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Rest;

/// <summary>
/// Discord's HTTP API: every route is appended to <see cref="DiscordOptions.ApiBaseUrl"/>. Requests honour
/// per-route buckets and the global limit, and 429s, 5xx answers and timeouts are retried with backoff.
/// </summary>
public sealed partial class DiscordRestClient
{
    private readonly HttpClient _http;
    private readonly DiscordOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordRestClient> _logger;
    private readonly RateLimiter _limiter;

    /// <summary>Creates the client over a typed <see cref="HttpClient"/>.</summary>
    public DiscordRestClient(HttpClient http, IOptions<DiscordOptions> options, TimeProvider time, ILogger<DiscordRestClient> logger)
    {
        _http = http;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _limiter = new RateLimiter(time);
    }

    /// <summary>The pause before the first retry of a 5xx or timeout; it doubles on each later one.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Sends one request and returns the parsed JSON answer (null for 204 No Content).</summary>
    /// <exception cref="DiscordRestException">Discord refused the request, or it failed after every retry.</exception>
    public async Task<JsonNode?> SendAsync(RestRoute route, JsonNode? body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        var payload = body?.ToJsonString();
        for (var attempt = 0; ; attempt++)
        {
            var last = attempt >= _options.MaxRetries;
            using var lease = await _limiter.AcquireAsync(route, cancellationToken).ConfigureAwait(false);
            HttpResponseMessage response;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.RequestTimeout);
            try
            {
                using var request = NewRequest(route, payload);
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is HttpRequestException or OperationCanceledException)
            {
                LogTransient(route.Key, "no response", attempt + 1);
                if (last)
                {
                    throw new DiscordRestException($"Discord did not answer {route.Key}", null, null, ex);
                }

                lease.Dispose();
                await Task.Delay(Backoff(attempt), _time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            using (response)
            {
                lease.Complete(response);
                var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return text.Length == 0 ? null : JsonNode.Parse(text);
                }

                var error = ParseError(text);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var retryAfter = RetryAfter(error, response);
                    var global = error?["global"]?.GetValue<bool>() == true
                        || (response.Headers.TryGetValues("X-RateLimit-Global", out var g) && g.FirstOrDefault() == "true");
                    _limiter.Limited(lease.Bucket, retryAfter, global);
                    LogRateLimited(route.Key, retryAfter.TotalMilliseconds, global);
                    if (last)
                    {
                        throw new DiscordRestException($"Rate limited on {route.Key}", response.StatusCode, null);
                    }

                    continue;
                }

                var code = error?["code"]?.GetValue<int>();
                var message = error?["message"]?.GetValue<string>() ?? response.ReasonPhrase ?? "error";
                if ((int)response.StatusCode >= 500 && !last)
                {
                    LogTransient(route.Key, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), attempt + 1);
                    lease.Dispose();
                    await Task.Delay(Backoff(attempt), _time, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                throw new DiscordRestException($"{message} ({(int)response.StatusCode} on {route.Key})", response.StatusCode, code);
            }
        }
    }

    /// <summary>Downloads a file Discord hosts (an attachment), refusing files over <paramref name="maxBytes"/>.</summary>
    /// <returns>The bytes, or null when the file is larger than allowed.</returns>
    public async Task<byte[]?> DownloadAsync(Uri url, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        // Attachment URLs are signed CDN links: the bot token is not sent with them.
        using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            return null;
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private HttpRequestMessage NewRequest(RestRoute route, string? payload)
    {
        var request = new HttpRequestMessage(route.Method, _options.ApiBaseUrl.TrimEnd('/') + route.Path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _options.BotToken);
        request.Headers.UserAgent.ParseAdd("DiscordBot (https://github.com/briefingbot, 1.0)");
        if (payload is not null)
        {
            request.Content = new StringContent(payload, Encoding.UTF8, "application/json");
        }

        return request;
    }

    private TimeSpan Backoff(int attempt) => RetryBaseDelay * Math.Pow(2, Math.Min(attempt, 5));

    private static JsonNode? ParseError(string text)
    {
        try
        {
            return text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static TimeSpan RetryAfter(JsonNode? error, HttpResponseMessage response)
    {
        if (error?["retry_after"] is JsonValue value && value.TryGetValue<double>(out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord {Route} failed ({Reason}), attempt {Attempt}")]
    private partial void LogTransient(string route, string reason, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord rate limit on {Route}: waiting {Milliseconds} ms (global: {Global})")]
    private partial void LogRateLimited(string route, double milliseconds, bool global);
}
