using System.Text;
using System.Text.RegularExpressions;
using BriefingBot.Core.Chat;

namespace BriefingBot.Telegram.Rendering;

/// <summary>
/// Packs rendered lines into messages under the limit. Lines break between paragraphs; a line too long for one
/// message breaks between sentences, then words. Splitting happens on the spans' text before escaping and every
/// piece is rendered on its own, so no message ever holds half a tag or half an entity.
/// </summary>
internal static partial class HtmlMessagePacker
{
    public static IReadOnlyList<string> Pack(IReadOnlyList<HtmlLine> lines, int limit)
    {
        var messages = new List<string>();
        var current = new StringBuilder();
        foreach (var line in lines)
        {
            var html = TelegramHtml.Render(line.Spans);
            if (html.Length == 0)
            {
                continue;
            }

            var separator = current.Length == 0 ? "" : line.StartsBlock ? "\n\n" : "\n";
            if (current.Length + separator.Length + html.Length <= limit)
            {
                current.Append(separator).Append(html);
                continue;
            }

            Flush(messages, current);
            if (html.Length <= limit)
            {
                current.Append(html);
                continue;
            }

            var pieces = SplitLine(line.Spans, limit);
            for (var i = 0; i < pieces.Count - 1; i++)
            {
                messages.Add(pieces[i]);
            }

            current.Append(pieces[^1]);
        }

        Flush(messages, current);
        return messages;
    }

    private static void Flush(List<string> messages, StringBuilder current)
    {
        var text = current.ToString().Trim();
        if (text.Length > 0)
        {
            messages.Add(text);
        }

        current.Clear();
    }

    private static List<string> SplitLine(IReadOnlyList<Span> spans, int limit)
    {
        var tokens = new List<Span>();
        foreach (var span in spans)
        {
            foreach (var sentence in Cut(span.Text, SentenceEnd()))
            {
                AddToken(tokens, span with { Text = sentence }, limit);
            }
        }

        var pieces = new List<string>();
        var piece = new List<Span>();
        var length = 0;
        foreach (var token in tokens)
        {
            var tokenLength = TelegramHtml.Render(token).Length;
            if (length + tokenLength > limit && piece.Count > 0)
            {
                pieces.Add(TelegramHtml.Render(Trimmed(piece)));
                piece.Clear();
                length = 0;
            }

            piece.Add(token);
            length += tokenLength;
        }

        if (piece.Count > 0)
        {
            pieces.Add(TelegramHtml.Render(Trimmed(piece)));
        }

        return pieces;
    }

    // A sentence too long for a message breaks between words; a word too long breaks between characters.
    private static void AddToken(List<Span> tokens, Span token, int limit)
    {
        if (TelegramHtml.Render(token).Length <= limit)
        {
            tokens.Add(token);
            return;
        }

        foreach (var word in Cut(token.Text, WordEnd()))
        {
            var wordToken = token with { Text = word };
            if (TelegramHtml.Render(wordToken).Length <= limit)
            {
                tokens.Add(wordToken);
                continue;
            }

            var room = limit - TelegramHtml.Overhead(token);
            var start = 0;
            while (start < word.Length)
            {
                var end = start;
                var escaped = 0;
                while (end < word.Length)
                {
                    var width = char.IsHighSurrogate(word[end]) && end + 1 < word.Length ? 2 : 1;
                    var cost = TelegramHtml.Escape(word.Substring(end, width)).Length;
                    if (escaped + cost > room)
                    {
                        break;
                    }

                    escaped += cost;
                    end += width;
                }

                end = Math.Max(end, start + 1);
                tokens.Add(token with { Text = word[start..end] });
                start = end;
            }
        }
    }

    // Pieces keep their trailing whitespace, so joining them gives back the text exactly.
    private static IEnumerable<string> Cut(string text, Regex boundary)
    {
        var start = 0;
        foreach (Match match in boundary.Matches(text))
        {
            var end = match.Index + match.Length;
            if (end > start && end < text.Length)
            {
                yield return text[start..end];
                start = end;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    private static List<Span> Trimmed(List<Span> piece)
    {
        var trimmed = new List<Span>(piece);
        trimmed[0] = trimmed[0] with { Text = trimmed[0].Text.TrimStart() };
        trimmed[^1] = trimmed[^1] with { Text = trimmed[^1].Text.TrimEnd() };
        return trimmed;
    }

    [GeneratedRegex(@"[.!?…][""'”’)\]]*\s+|\n+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WordEnd();
}
