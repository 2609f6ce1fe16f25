using System.Text;
using BriefingBot.Core.Chat;

namespace BriefingBot.Telegram.Rendering;

/// <summary>
/// Telegram's HTML parse mode: only <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and <c>&quot;</c> need escaping, and
/// only a few tags exist. Every dynamic value goes through here, so a name like "A&lt;b&gt;" can never break a message.
/// </summary>
internal static class TelegramHtml
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("<>&\"") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>One span as balanced HTML: its text escaped, wrapped in the tags of its style and link.</summary>
    public static string Render(Span span)
    {
        if (span.Text.Length == 0)
        {
            return "";
        }

        var html = Escape(span.Text);
        if (span.Style.HasFlag(SpanStyle.Code))
        {
            html = $"<code>{html}</code>";
        }

        if (span.Style.HasFlag(SpanStyle.Italic))
        {
            html = $"<i>{html}</i>";
        }

        if (span.Style.HasFlag(SpanStyle.Bold))
        {
            html = $"<b>{html}</b>";
        }

        if (IsLinkable(span.Url))
        {
            html = $"<a href=\"{Escape(span.Url!)}\">{html}</a>";
        }

        return html;
    }

    public static string Render(IEnumerable<Span> spans) => string.Concat(Merge(spans).Select(Render));

    // Telegram rejects links it cannot open; anything else is shown as plain text.
    private static bool IsLinkable(string? url) =>
        url is not null
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    // Neighbouring runs of one style become one run, so a split line does not grow extra tags.
    private static IEnumerable<Span> Merge(IEnumerable<Span> spans)
    {
        Span? pending = null;
        foreach (var span in spans)
        {
            if (pending is not null && pending.Style == span.Style && pending.Url == span.Url)
            {
                pending = pending with { Text = pending.Text + span.Text };
                continue;
            }

            if (pending is not null)
            {
                yield return pending;
            }

            pending = span;
        }

        if (pending is not null)
        {
            yield return pending;
        }
    }
}
