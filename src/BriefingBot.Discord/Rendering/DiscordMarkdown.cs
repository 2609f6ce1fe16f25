using System.Text;
using BriefingBot.Core.Chat;

namespace BriefingBot.Discord.Rendering;

/// <summary>Turns reply spans into Discord markdown; dynamic text is escaped so it shows as typed and mentions stay inert.</summary>
public static class DiscordMarkdown
{
    private const string Special = "\\*_~`|>#-[]()<";

    /// <summary>Escapes markdown and breaks <c>@everyone</c>/<c>@here</c> so they cannot read as mentions even without allowed_mentions.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
            if (c == '@')
            {
                escaped.Append('\u200B');
            }
        }

        return escaped.ToString();
    }

    /// <summary>One span with its style and link.</summary>
    public static string Render(Span span)
    {
        ArgumentNullException.ThrowIfNull(span);
        if (span.Style.HasFlag(SpanStyle.Code))
        {
            // Inside a code span nothing is markdown; only a backtick could end it early.
            var code = span.Text.Replace('`', '\u02CB').Replace("@", "@\u200B", StringComparison.Ordinal);
            return code.Length == 0 ? "" : $"`{code}`";
        }

        var text = Escape(span.Text);
        if (span.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            var safeUrl = uri.AbsoluteUri.Replace(")", "%29", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal);
            text = span.Text == url ? $"<{safeUrl}>" : $"[{text}]({safeUrl})";
        }

        if (span.Style.HasFlag(SpanStyle.Italic))
        {
            text = $"*{text}*";
        }

        if (span.Style.HasFlag(SpanStyle.Bold))
        {
            text = $"**{text}**";
        }

        return text;
    }

    /// <summary>A run of spans as one markdown string.</summary>
    public static string Render(IEnumerable<Span> spans) => string.Concat(spans.Select(Render));

    /// <summary>Splits text into pieces of at most <paramref name="limit"/> characters, at line breaks where possible, else at spaces.</summary>
    public static IReadOnlyList<string> Split(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pieces = new List<string>();
        var rest = text.Trim();
        while (rest.Length > limit)
        {
            var cut = rest.LastIndexOf('\n', limit - 1);
            if (cut <= 0)
            {
                cut = rest.LastIndexOf(' ', limit - 1);
            }

            if (cut <= 0)
            {
                cut = limit;
            }

            // Never end a piece in the middle of an escape sequence or a surrogate pair.
            while (cut > 1 && (rest[cut - 1] == '\\' || char.IsHighSurrogate(rest[cut - 1])))
            {
                cut--;
            }

            pieces.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            pieces.Add(rest);
        }

        return pieces;
    }
}
