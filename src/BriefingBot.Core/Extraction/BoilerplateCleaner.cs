using System.Buffers;
using System.Text.RegularExpressions;

namespace BriefingBot.Core.Extraction;

/// <summary>
/// Blanks out text that is not the story: reader comments, subscribe and follow prompts, advertisements,
/// photo credits and "See …" link lines. Blanked text becomes spaces, so offsets into the body stay valid.
/// </summary>
public sealed partial class BoilerplateCleaner
{
    /// <summary>The body with boilerplate replaced by spaces (newlines kept), the same length as the input.</summary>
    public string Clean(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        // Copied, into a pooled buffer, only when something is blanked.
        char[]? text = null;
        var commentsAt = CommentsStart().Match(body);
        if (commentsAt.Success)
        {
            Blank(body, ref text, commentsAt.Index, body.Length - commentsAt.Index);
        }

        foreach (var line in BoilerplateLine().EnumerateMatches(body))
        {
            Blank(body, ref text, line.Index, line.Length);
        }

        foreach (var credit in PhotoCredit().EnumerateMatches(body))
        {
            Blank(body, ref text, credit.Index, credit.Length);
        }

        BlankShoutedLines(body, ref text);

        var dateline = Dateline().Match(body);
        if (dateline.Success)
        {
            // "NAIROBI (Example Wire) -": the wire in brackets is the outlet, not a name in the story; the place opens the story again below.
            Blank(body, ref text, dateline.Index, dateline.Length);
        }

        // Editorial insertions such as "[Syrian President Bashar] al-Assad" read as plain text.
        for (var i = body.AsSpan().IndexOfAny('[', ']'); i >= 0 && i < body.Length; i++)
        {
            if (body[i] is '[' or ']')
            {
                (text ??= Copy(body))[i] = ' ';
            }
        }

        if (text is null)
        {
            return body;
        }

        var cleaned = new string(text, 0, body.Length);
        ArrayPool<char>.Shared.Return(text);
        return cleaned;
    }

    private static char[] Copy(string body)
    {
        var text = ArrayPool<char>.Shared.Rent(body.Length);
        body.CopyTo(text);
        return text;
    }

    // Line by line: no part of the pattern matches a line break, and given the whole body the generated matcher retries
    // a line that failed at every following character, searching again for the line's end each time (quadratic in the
    // length of each paragraph; it cost more than all the other cleaning together).
    private static void BlankShoutedLines(string body, ref char[]? text)
    {
        for (var lineStart = 0; lineStart < body.Length;)
        {
            var lineEnd = body.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = body.Length;
            }

            foreach (var shouted in AllCapsLine().EnumerateMatches(body.AsSpan(lineStart, lineEnd - lineStart)))
            {
                Blank(body, ref text, lineStart + shouted.Index, shouted.Length);
            }

            lineStart = lineEnd + 1;
        }
    }

    private static void Blank(string body, ref char[]? text, int start, int length)
    {
        text ??= Copy(body);
        for (var i = start; i < start + length && i < body.Length; i++)
        {
            if (text[i] != '\n')
            {
                text[i] = ' ';
            }
        }
    }

    // The first line that opens a reader-comment section; everything after it is comments and teasers.
    [GeneratedRegex(@"^[ \t]*(What do you think\?|Notify of|View all comments|Reply to\b|Leave a (comment|reply)|\d+ comments?\s*$|Comments\s*$|Join the discussion|Inline Feedbacks)",
        RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex CommentsStart();

    [GeneratedRegex(@"^[ \t]*(Advertisement\b.*|(Remember to |Please |Don't forget to )*(Please )?Subscribe\b.*|Follow (us|the|our|\w+)\b.* on \w+.*|Sign up\b.*|Click here\b.*|Read more\b.*|READ MORE\b.*|Related:.*|See (also )?[A-Z][\w ]*(Daily|Update|Live|Briefing)\b.*|[A-Z][\w ]{1,40} (Daily|Briefing|Update), (January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}:.*|Via [A-Z][^\n]{0,40}(…|\.\.\.|:)\s*|Share (this|on)\b.*|Photo: .*|Image: .*|Credit: .*|The statements, views and opinions expressed\b.*|(in|by) ,\s*)$",
        RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex BoilerplateLine();

    // A line with no lower-case letter and two words or more: credits ("STAFF CONTRIBUTED TO THIS REPORT"), shouted headings.
    // The test for lower case comes first: it fails at the first letters of a line of prose, the others read the whole line.
    [GeneratedRegex(@"^[ \t]*(?=[^\p{Ll}\n]{6,}$)(?=[^\n]*\p{Lu}{2})(?=[^\n]*\p{L}[^\p{L}\n]+\p{L})[^\p{Ll}\n]{6,}$", RegexOptions.Multiline)]
    private static partial Regex AllCapsLine();

    // The opening dateline of a wire story: a place in capitals, then the wire in brackets and a dash.
    [GeneratedRegex(@"^\s*\p{Lu}[\p{Lu} .,'’-]{2,40}\((?<outlet>[^)\n]{2,40})\)\s*[-–—]")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\((photo|image|picture)( credit)?:[^)\n]*\)|\b(photo|image) credit:[^\n]*", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();
}
