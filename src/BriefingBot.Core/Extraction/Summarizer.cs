using System.Text.RegularExpressions;

namespace BriefingBot.Core.Extraction;

/// <summary>Gives an article a title (the given one, else its headline line, else its first sentence) and a one- or two-sentence extractive summary.</summary>
internal sealed partial class Summarizer
{
    public (string Title, string Summary) Summarize(string? givenTitle, IReadOnlyList<Sentence> sentences)
    {
        // Lazy: the title and summary come from the first few prose sentences, so the rest are never looked at.
        var prose = sentences.Where(s => IsProse(s.Text));
        var title = !string.IsNullOrWhiteSpace(givenTitle)
            ? givenTitle.Trim()
            : sentences.Take(3).FirstOrDefault(s => IsHeadline(s.Text))?.Text ?? Shorten(prose.FirstOrDefault()?.Text ?? sentences.FirstOrDefault()?.Text ?? "");
        var summary = string.Join(' ', prose.Where(s => s.Text != title).Take(2).Select(s => s.Text));
        if (summary.Length > 400)
        {
            summary = string.Join(' ', prose.Where(s => s.Text != title).Take(1).Select(s => s.Text));
        }

        return (title, summary);
    }

    private static bool IsProse(string text) =>
        text[^1] is '.' or '”' or '"' or '!' or '?' && !text.StartsWith('“') && CountWords(text, 8) >= 8
        && !text.Contains("photo credit", StringComparison.OrdinalIgnoreCase);

    private static bool IsHeadline(string text)
    {
        var words = CountWords(text, 19);
        return words is >= 4 and <= 18 && text[^1] is not '.' and not ':' and not '”' and not '"' && char.IsUpper(text[0]) && !Caption().IsMatch(text);
    }

    // The number of words, counting no further than `enough`.
    private static int CountWords(string text, int enough)
    {
        var count = 0;
        foreach (var _ in Words().EnumerateMatches(text))
        {
            if (++count == enough)
            {
                break;
            }
        }

        return count;
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..(text.LastIndexOf(' ', 117) is > 0 and var cut ? cut : 117)] + "…";

    [GeneratedRegex(@"\b\w")]
    private static partial Regex Words();

    // Photo captions end in a place and a date: "…, Moscow, December 29, 2018".
    [GeneratedRegex(@"(\d{4}|\(R\)|\(L\))\s*$|\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}")]
    private static partial Regex Caption();
}
