using System.Text;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Articles;

/// <summary>Turns the bytes of an article file (or pasted text) into a draft, refusing what is not an article.</summary>
public sealed class ArticleFileReader(IOptions<IngestionOptions> options)
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public int MaxBytes => options.Value.MaxArticleBytes;

    /// <summary>A draft, or one user-facing line saying what is wrong with the file.</summary>
    public (ArticleDraft? Draft, string? Error) Read(ReadOnlySpan<byte> bytes, string? fileName)
    {
        if (bytes.Length > MaxBytes)
        {
            return (null, $"The file is {Size(bytes.Length)}, over the {Size(MaxBytes)} limit for one article.");
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            return (null, "The file looks binary (it contains NUL bytes); send the article as UTF-8 text (.txt or .md).");
        }

        string text;
        try
        {
            text = s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return (null, "The file is not valid UTF-8 text; save it as UTF-8 and try again.");
        }

        if (fileName is not null && (fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)))
        {
            // A saved web page: its main text, as a fetched URL would give (every platform's attachments come here).
            var page = HtmlArticleText.Read(text, new Uri("file:///" + Uri.EscapeDataString(fileName)));
            return page is null
                ? (null, "The HTML file holds no readable article text.")
                : (page with { File = fileName, Url = null }, null);
        }

        return ReadText(text, fileName);
    }

    /// <summary>Checks pasted text the same way as a file.</summary>
    public (ArticleDraft? Draft, string? Error) ReadText(string text, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Encoding.UTF8.GetByteCount(text) > MaxBytes)
        {
            return (null, $"The text is over the {Size(MaxBytes)} limit for one article.");
        }

        if (!FrontMatter.TryParse(text, fileName, out var draft, out var error))
        {
            return (null, error);
        }

        return string.IsNullOrWhiteSpace(draft.Body)
            ? (null, "The article is empty: there is no text after the front matter.")
            : (draft, null);
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024):0.#} MB"
        : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes} bytes";
}
