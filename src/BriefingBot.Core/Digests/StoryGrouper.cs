using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Digests;

/// <summary>
/// Groups articles into stories: two articles tell one story when they report the same meeting, when their
/// texts are near duplicates (3-word shingles), or when their titles say much the same about the same actors.
/// A busy day holds thousands of articles, so pairs are not all compared: candidates come from shared evidence
/// (a meeting, a sampled shingle, a title word) and each candidate pair is then checked exactly.
/// </summary>
public static class StoryGrouper
{
    /// <summary>Body shingle overlap above which two texts are one report rewritten.</summary>
    public const double TextThreshold = 0.3;

    /// <summary>Title word overlap above which two articles sharing an actor tell one story.</summary>
    public const double TitleThreshold = 0.4;

    private static readonly HashSet<string> s_stop = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "is", "are", "was",
        "be", "after", "over", "amid", "says", "said", "new", "its", "his", "her",
    };

    /// <summary>Stories, the one with the most articles first, then the newest.</summary>
    public static IReadOnlyList<Story> Group(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var texts = articles.Select(a => Shingles.Of(a.Body.Length > 0 ? a.Body : a.Summary)).ToList();
        var titles = articles.Select(a => TitleWords(a.Title)).ToList();
        var parent = Enumerable.Range(0, articles.Count).ToArray();

        foreach (var (i, j) in StoryCandidates.Pairs(articles, texts, titles))
        {
            if (Find(parent, i) != Find(parent, j) && Together(articles[i], articles[j], texts[i], texts[j], titles[i], titles[j]))
            {
                parent[Find(parent, j)] = Find(parent, i);
            }
        }

        return Enumerable.Range(0, articles.Count)
            .GroupBy(i => Find(parent, i))
            .Select(g => g.Select(i => articles[i]).OrderBy(a => a.IngestedAt).ThenBy(a => a.Id).ToList())
            .Select(group => new Story(group[0].Title, OneSentence(group[0]), group))
            .OrderByDescending(s => s.Articles.Count)
            .ThenByDescending(s => s.Articles[^1].IngestedAt)
            .ToList();
    }

    private static bool Together(Article a, Article b, HashSet<string> textA, HashSet<string> textB, HashSet<string> titleA, HashSet<string> titleB)
    {
        if (a.MeetingIds.Intersect(b.MeetingIds).Any())
        {
            return true;
        }

        if (Shingles.Similarity(textA, textB) >= TextThreshold)
        {
            return true;
        }

        return a.ActorIds.Intersect(b.ActorIds).Any() && Shingles.Similarity(titleA, titleB) >= TitleThreshold;
    }

    private static HashSet<string> TitleWords(string title) =>
        new(ActorKeys.Fold(title).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !s_stop.Contains(w)), StringComparer.Ordinal);

    /// <summary>The summary's first sentence (or the body's), cut at a word if it runs long.</summary>
    public static string OneSentence(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = (article.Summary.Length > 0 ? article.Summary : article.Body).ReplaceLineEndings(" ").Trim();
        var end = -1;
        for (var i = 0; i < text.Length - 1; i++)
        {
            // A full stop before a space and a capital ends a sentence; "U.S. officials" does not.
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && i + 2 < text.Length && char.IsUpper(text[i + 2]) && !(i >= 2 && text[i - 2] == '.'))
            {
                end = i + 1;
                break;
            }
        }

        return DigestText.CutAtWord(end > 0 ? text[..end] : text, 280);
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}
