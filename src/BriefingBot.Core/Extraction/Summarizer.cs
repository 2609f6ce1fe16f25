using System.Text.RegularExpressions;

namespace BriefingBot.Core.Extraction;

/// <summary>Gives an article a title (the given one, else its headline line, else its first sentence) and a one- or two-sentence extractive summary.</summary>
internal sealed partial class Summarizer
{
    public (string Title, string Summary) Summarize(string? givenTitle, IReadOnlyList<Sentence> sentences)
    {
        var prose = sentences.Where(s => IsProse(s.Text)).ToList();
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
        Words().Count(text) >= 8 && text[^1] is '.' or '”' or '"' or '!' or '?' && !text.StartsWith('“') && !text.Contains("photo credit", StringComparison.OrdinalIgnoreCase);

    private static bool IsHeadline(string text)
    {
        var words = Words().Count(text);
        return words is >= 4 and <= 18 && text[^1] is not '.' and not ':' and not '”' and not '"' && char.IsUpper(text[0]) && !Caption().IsMatch(text);
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..(text.LastIndexOf(' ', 117) is > 0 and var cut ? cut : 117)] + "…";

    [GeneratedRegex(@"\b\w")]
    private static partial Regex Words();

    // Photo captions end in a place and a date: "…, Moscow, December 29, 2018".
    [GeneratedRegex(@"(\d{4}|\(R\)|\(L\))\s*$|\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}")]
    private static partial Regex Caption();
}
