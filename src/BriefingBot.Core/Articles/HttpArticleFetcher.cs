using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Articles;

/// <summary>
/// Fetches a web page for <c>/add &lt;url&gt;</c> within limits (time, size, content type, redirects, http/https
/// only) and takes the article out of it with SmartReader, a port of Mozilla's Readability. Every problem comes
/// back as one line the user can act on.
/// </summary>
public sealed partial class HttpArticleFetcher(
    IHttpClientFactory httpClientFactory,
    IOptions<ArticleFetchOptions> options,
    ILogger<HttpArticleFetcher> logger) : IArticleFetcher
{
    /// <summary>The named client; registered without automatic redirects, so each hop is checked here.</summary>
    public const string HttpClientName = "article-fetcher";

    private static readonly string[] s_textTypes = ["text/html", "application/xhtml+xml", "text/plain"];

    private readonly ArticleFetchOptions _options = options.Value;

    public async Task<ArticleFetchResult> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!IsWeb(url))
        {
            return ArticleFetchResult.Failure("Only http and https links can be added.");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            return await FetchWithinLimitsAsync(url, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ArticleFetchResult.Failure(string.Create(CultureInfo.InvariantCulture, $"The page took longer than {_options.Timeout.TotalSeconds:0.#} seconds to load; try again later or paste the text after /add."));
        }
        catch (HttpRequestException e)
        {
            LogFetchFailed(url.Host, e.Message);
            return ArticleFetchResult.Failure($"I could not reach {url.Host}; check the link or paste the text after /add.");
        }
    }

    private async Task<ArticleFetchResult> FetchWithinLimitsAsync(Uri url, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        var current = url;
        for (var hop = 0; ; hop++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            request.Headers.Accept.ParseAdd("text/html, application/xhtml+xml, text/plain;q=0.9");
            request.Headers.UserAgent.ParseAdd(_options.UserAgent);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
            {
                if (hop >= _options.MaxRedirects)
                {
                    return ArticleFetchResult.Failure($"The link redirects more than {_options.MaxRedirects} times; give me the page's final address.");
                }

                current = new Uri(current, location);
                if (!IsWeb(current))
                {
                    return ArticleFetchResult.Failure("The link redirects to something that is not a web page.");
                }

                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                return ArticleFetchResult.Failure($"The page answered {(int)response.StatusCode} {response.ReasonPhrase}; check the link.");
            }

            return await ReadAsync(current, response.Content, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ArticleFetchResult> ReadAsync(Uri url, HttpContent content, CancellationToken cancellationToken)
    {
        var mediaType = content.Headers.ContentType?.MediaType;
        if (mediaType is null || !s_textTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return ArticleFetchResult.Failure($"The link is not a web page ({mediaType ?? "no content type"}); I can add HTML or plain-text pages.");
        }

        var tooLarge = ArticleFetchResult.Failure(string.Create(CultureInfo.InvariantCulture, $"The page is larger than {_options.MaxBytes / (1024 * 1024.0):0.#} MB, more than I read; paste the article's text after /add instead."));
        if (content.Headers.ContentLength > _options.MaxBytes)
        {
            return tooLarge;
        }

        var bytes = await ReadLimitedAsync(content, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return tooLarge;
        }

        var text = Decode(bytes, content.Headers.ContentType);
        if (mediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            return string.IsNullOrWhiteSpace(text)
                ? ArticleFetchResult.Failure("The page is empty.")
                : ArticleFetchResult.Success(new ArticleDraft(text.Trim(), Source: url.Host, Url: url.ToString()));
        }

        var draft = HtmlArticleText.Read(text, url);
        return draft is null
            ? ArticleFetchResult.Failure("I could not find an article's text on that page; paste the text after /add instead.")
            : ArticleFetchResult.Success(draft);
    }

    // Reads at most MaxBytes; null as soon as the page proves larger, without reading the rest.
    private async Task<byte[]?> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > _options.MaxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    private static string Decode(byte[] bytes, MediaTypeHeaderValue? contentType)
    {
        var encoding = Encoding.UTF8;
        if (contentType?.CharSet is { Length: > 0 } charset)
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim('"'));
            }
            catch (ArgumentException)
            {
                // An unknown charset: UTF-8 is the web's default and the best guess.
            }
        }

        return encoding.GetString(bytes);
    }

    private static bool IsWeb(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetching an article from {Host} failed: {Reason}")]
    private partial void LogFetchFailed(string host, string reason);
}
