using System.Buffers;
using System.Text.RegularExpressions;

namespace BriefingBot.Core.Extraction;

/// <summary>Splits the cleaned body into sentences: every line break ends one, and so do . ! ? and ": “" outside abbreviations.</summary>
internal sealed partial class SentenceSplitter
{
    private const int AbbreviationWindow = 8;

    public IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            SplitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }

        return sentences;
    }

    private static void SplitLine(string text, int start, int end, List<Sentence> sentences)
    {
        var line = text.AsSpan(start, end - start);
        var from = 0;
        var at = 0;
        while (NextBoundary(line, at) is var (cut, length) && length > 0)
        {
            at = cut + length;
            if (EndsWithAbbreviation(line[..cut]))
            {
                continue;
            }

            Add(text, start + from, start + cut, sentences);
            from = at;
        }

        Add(text, start + from, end, sentences);
    }

    /// <summary>
    /// The next gap between sentences at or after <paramref name="at"/>: the whitespace after closing punctuation (. ! ? …,
    /// then maybe a closing quote or bracket, or a colon) when an upper-case letter or a digit follows it (maybe after
    /// an opening quote or bracket). That is the regex <c>(?&lt;=[.!?…][”"’)]?|:)\s+(?=[“"‘(]?[\p{Lu}0-9])</c>, read by hand:
    /// the regex tried its look-behind at every space of the text. Length 0 when there is none.
    /// </summary>
    internal static (int Index, int Length) NextBoundary(ReadOnlySpan<char> line, int at)
    {
        while (at < line.Length)
        {
            var found = line[at..].IndexOfAny(s_closing);
            if (found < 0)
            {
                break;
            }

            var mark = at + found;
            var gap = mark + 1;
            if (line[mark] != ':' && gap < line.Length && line[gap] is '”' or '"' or '’' or ')')
            {
                gap++;
            }

            var next = gap;
            while (next < line.Length && char.IsWhiteSpace(line[next]))
            {
                next++;
            }

            if (next > gap && OpensSentence(line[next..]))
            {
                return (gap, next - gap);
            }

            at = mark + 1;
        }

        return (line.Length, 0);
    }

    // [“"‘(]?[\p{Lu}0-9]
    private static bool OpensSentence(ReadOnlySpan<char> rest)
    {
        if (rest.Length > 1 && rest[0] is '“' or '"' or '‘' or '(' && IsCapitalOrDigit(rest[1]))
        {
            return true;
        }

        return rest.Length > 0 && IsCapitalOrDigit(rest[0]);
    }

    private static bool IsCapitalOrDigit(char c) => char.IsAsciiDigit(c) || char.IsUpper(c);

    private static readonly SearchValues<char> s_closing = SearchValues.Create(".!?…:");

    // The abbreviation has to end the text; the longest is five characters ("Sept."), so the last few characters, with
    // the one before them for \b, decide it and the line before them need not be scanned again at every boundary.
    private static bool EndsWithAbbreviation(ReadOnlySpan<char> before) =>
        Abbreviation().IsMatch(before[Math.Max(0, before.Length - AbbreviationWindow)..]);

    private static void Add(string text, int start, int end, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end - start >= 2)
        {
            sentences.Add(new Sentence(sentences.Count, start, text[start..end]));
        }
    }

    [GeneratedRegex(@"(\b(Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Sen|Rep|Prof|St|Capt|Adm|Brig|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc|Jr|Sr)\.|\b\p{Lu}\.|\b(U\.S|U\.K|U\.N|E\.U)\.)$")]
    private static partial Regex Abbreviation();
}
