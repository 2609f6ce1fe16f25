using System.Text;
using System.Text.RegularExpressions;
using BriefingBot.Core.Chat;

namespace BriefingBot.Telegram.Rendering;

/// <summary>
/// Packs rendered lines into messages under the limit, which Telegram counts on the text as shown (after tags and
/// entities are parsed). Lines break between paragraphs; a line too long for one message breaks between sentences,
/// then words. Splitting happens on the spans' text before escaping and every piece is rendered on its own, so no
/// message ever holds half a tag or half an entity.
/// </summary>
internal static partial class HtmlMessagePacker
{
    public static IReadOnlyList<string> Pack(IReadOnlyList<HtmlLine> lines, int limit)
    {
        var messages = new List<string>();
        var current = new StringBuilder();
        var shown = 0;
        foreach (var line in lines)
        {
            var length = Shown(line.Spans);
            if (length == 0)
            {
                continue;
            }

            var separator = current.Length == 0 ? "" : line.StartsBlock ? "\n\n" : "\n";
            if (shown + separator.Length + length <= limit)
            {
                current.Append(separator).Append(TelegramHtml.Render(line.Spans));
                shown += separator.Length + length;
                continue;
            }

            if (length <= limit)
            {
                Flush(messages, current);
                current.Append(TelegramHtml.Render(line.Spans));
                shown = length;
                continue;
            }

            // Too long for any one message: fill up this message, then as many more as it takes.
            var room = current.Length == 0 ? limit : Math.Max(0, limit - shown - separator.Length);
            var pieces = SplitLine(line.Spans, room, limit);
            for (var i = 0; i < pieces.Count; i++)
            {
                if (i > 0)
                {
                    Flush(messages, current);
                    shown = 0;
                }

                if (pieces[i].Count == 0)
                {
                    continue;
                }

                var joint = current.Length == 0 ? "" : separator;
                current.Append(joint).Append(TelegramHtml.Render(pieces[i]));
                shown += joint.Length + Shown(pieces[i]);
            }
        }

        Flush(messages, current);
        return messages;
    }

    private static int Shown(IEnumerable<Span> spans) => spans.Sum(s => s.Text.Length);

    private static void Flush(List<string> messages, StringBuilder current)
    {
        var text = current.ToString().Trim();
        if (text.Length > 0)
        {
            messages.Add(text);
        }

        current.Clear();
    }

    // The first piece gets only the room left in the current message (maybe none: then it is empty).
    private static List<IReadOnlyList<Span>> SplitLine(IReadOnlyList<Span> spans, int first, int limit)
    {
        var tokens = new List<Span>();
        foreach (var span in spans)
        {
            foreach (var sentence in Cut(span.Text, SentenceEnd()))
            {
                AddToken(tokens, span with { Text = sentence }, limit);
            }
        }

        var pieces = new List<IReadOnlyList<Span>>();
        var piece = new List<Span>();
        var length = 0;
        var budget = first;
        foreach (var token in tokens)
        {
            if (length + token.Text.Length > budget && (piece.Count > 0 || pieces.Count == 0))
            {
                pieces.Add(Trimmed(piece));
                piece.Clear();
                length = 0;
                budget = limit;
            }

            piece.Add(token);
            length += token.Text.Length;
        }

        if (piece.Count > 0)
        {
            pieces.Add(Trimmed(piece));
        }

        return pieces;
    }

    // A sentence too long for a message breaks between words; a word too long breaks between characters.
    private static void AddToken(List<Span> tokens, Span token, int limit)
    {
        if (token.Text.Length <= limit)
        {
            tokens.Add(token);
            return;
        }

        foreach (var word in Cut(token.Text, WordEnd()))
        {
            var start = 0;
            while (start < word.Length)
            {
                var end = Math.Min(word.Length, start + limit);

                // Never cut a surrogate pair in half.
                if (end < word.Length && char.IsHighSurrogate(word[end - 1]) && end - 1 > start)
                {
                    end--;
                }

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
        if (trimmed.Count == 0)
        {
            return trimmed;
        }

        trimmed[0] = trimmed[0] with { Text = trimmed[0].Text.TrimStart() };
        trimmed[^1] = trimmed[^1] with { Text = trimmed[^1].Text.TrimEnd() };
        return trimmed;
    }

    [GeneratedRegex(@"[.!?…][""'”’)\]]*\s+|\n+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WordEnd();
}
