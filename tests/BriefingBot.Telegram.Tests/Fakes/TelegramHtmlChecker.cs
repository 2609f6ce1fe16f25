using System.Text.RegularExpressions;

namespace BriefingBot.Telegram.Tests.Fakes;

/// <summary>
/// Checks HTML the way the Bot API does for parse_mode HTML: only known tags, properly nested, and every
/// <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> outside a tag escaped. Returns Telegram's error text, or null when fine.
/// </summary>
public static partial class TelegramHtmlChecker
{
    private static readonly HashSet<string> s_tags =
        ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "span", "tg-spoiler", "blockquote", "tg-emoji"];

    public static string? Check(string html)
    {
        var open = new Stack<string>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                var match = Tag().Match(html, i);
                if (!match.Success || match.Index != i)
                {
                    return $"Bad Request: can't parse entities: unsupported start tag at byte offset {i}";
                }

                var name = match.Groups["name"].Value.ToLowerInvariant();
                if (!s_tags.Contains(name))
                {
                    return $"Bad Request: can't parse entities: unsupported start tag \"{name}\" at byte offset {i}";
                }

                if (match.Groups["close"].Success)
                {
                    if (open.Count == 0 || open.Pop() != name)
                    {
                        return $"Bad Request: can't parse entities: unmatched end tag at byte offset {i}";
                    }
                }
                else
                {
                    open.Push(name);
                }

                i += match.Length;
            }
            else if (c == '>')
            {
                return $"Bad Request: can't parse entities: character '>' is reserved at byte offset {i}";
            }
            else if (c == '&')
            {
                var entity = Entity().Match(html, i);
                if (!entity.Success || entity.Index != i)
                {
                    return $"Bad Request: can't parse entities: unsupported entity at byte offset {i}";
                }

                i += entity.Length;
            }
            else
            {
                i++;
            }
        }

        return open.Count == 0 ? null : $"Bad Request: can't parse entities: can't find end tag corresponding to start tag \"{open.Peek()}\"";
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9-]*)(\s+[a-z-]+=""[^""<>]*"")*\s*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"&(lt|gt|amp|quot|#[0-9]+|#x[0-9a-fA-F]+);")]
    private static partial Regex Entity();
}
