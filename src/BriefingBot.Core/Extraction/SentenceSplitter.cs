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
        foreach (var boundary in Boundary().EnumerateMatches(line))
        {
            var cut = boundary.Index;
            if (EndsWithAbbreviation(line[..cut]))
            {
                continue;
            }

            Add(text, start + from, start + cut, sentences);
            from = boundary.Index + boundary.Length;
        }

        Add(text, start + from, end, sentences);
    }

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

    // The position after the closing punctuation (and any closing quote) of a sentence, then the whitespace.
    [GeneratedRegex(@"(?<=[.!?…][”""’)]?|:)\s+(?=[“""‘(]?[\p{Lu}0-9])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"(\b(Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Sen|Rep|Prof|St|Capt|Adm|Brig|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc|Jr|Sr)\.|\b\p{Lu}\.|\b(U\.S|U\.K|U\.N|E\.U)\.)$")]
    private static partial Regex Abbreviation();
}
