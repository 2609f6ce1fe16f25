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
        var vocabulary = new WordVocabulary();
        var prepared = articles.Select(a => new PreparedArticle(a, vocabulary)).ToList();
        return Order(Groups(prepared).Select(group => Tell(group.Select(i => prepared[i]).ToList())));
    }

    /// <summary>
    /// The stories among <paramref name="articles"/> as lists of their indices, each list oldest first; lists come
    /// in the order of their first index.
    /// </summary>
    internal static IReadOnlyList<int[]> Groups(IReadOnlyList<PreparedArticle> articles)
    {
        var parent = Enumerable.Range(0, articles.Count).ToArray();
        // Pairs found apart: each is checked once. Pairs already joined need no check, so only those found apart are kept.
        var apart = new HashSet<(int, int)>();
        // The exact checks run a chunk of pairs at a time on every core (they were a fifth of composing a day's digests,
        // on one core); joining stays on this thread, in order, and a group is the same whichever pair joins it.
        var pending = new List<(int I, int J)>(CheckChunk);
        var together = new bool[CheckChunk];
        foreach (var list in StoryCandidates.Lists(articles))
        {
            if (list.Length <= StoryCandidates.AllPairsUpTo)
            {
                for (var a = 0; a < list.Length; a++)
                {
                    for (var b = a + 1; b < list.Length; b++)
                    {
                        Offer(list[a], list[b]);
                    }
                }
            }
            else
            {
                for (var a = 1; a < list.Length; a++)
                {
                    Offer(list[a - 1], list[a]);
                }
            }
        }

        Check();
        return Enumerable.Range(0, articles.Count)
            .GroupBy(i => Find(parent, i))
            .Select(g => g.OrderBy(i => articles[i].Article.IngestedAt).ThenBy(i => articles[i].Article.Id).ToArray())
            .ToList();

        void Offer(int i, int j)
        {
            if (Find(parent, i) == Find(parent, j) || apart.Contains((i, j)))
            {
                return;
            }

            pending.Add((i, j));
            if (pending.Count == CheckChunk)
            {
                Check();
            }
        }

        void Check()
        {
            Parallel.For(0, pending.Count, k => together[k] = Together(articles[pending[k].I], articles[pending[k].J]));
            for (var k = 0; k < pending.Count; k++)
            {
                var (i, j) = pending[k];
                if (!together[k])
                {
                    apart.Add((i, j));
                    continue;
                }

                var (rootI, rootJ) = (Find(parent, i), Find(parent, j));
                if (rootI != rootJ)
                {
                    parent[rootJ] = rootI;
                }
            }

            pending.Clear();
        }
    }

    // Pairs checked at once: enough to keep both cores busy, few enough that pairs joined meanwhile are seldom checked.
    private const int CheckChunk = 256;

    /// <summary>One story of these articles (oldest first): the first one names it.</summary>
    internal static Story Tell(IReadOnlyList<PreparedArticle> articles) =>
        new(articles[0].Article.Title, articles[0].OneSentence, articles.Select(a => a.Article).ToList());

    /// <summary>The story with the most articles first, then the newest; otherwise as they come.</summary>
    internal static IReadOnlyList<Story> Order(IEnumerable<Story> stories) =>
        stories.OrderByDescending(s => s.Articles.Count).ThenByDescending(s => s.Articles[^1].IngestedAt).ToList();

    internal static bool IsStopWord(string word) => s_stop.Contains(word);

    // The cheap tests first: titles are a few words, bodies hundreds of shingles.
    private static bool Together(PreparedArticle a, PreparedArticle b) =>
        PreparedArticle.Overlap(a.MeetingIds, b.MeetingIds)
        || (PreparedArticle.Overlap(a.ActorIds, b.ActorIds) && Shingles.AtLeast<int>(a.TitleWords, b.TitleWords, TitleThreshold))
        || TextsAlike(a, b);

    // Most pairs checked are unrelated articles sharing a stock phrase (the bench's day window: 2,826 of 200,505 checked
    // pairs joined two stories): their buckets rule them out in a few vector steps; the rest are walked.
    private static bool TextsAlike(PreparedArticle a, PreparedArticle b) =>
        (a.ShingleBuckets is not { } bucketsA || b.ShingleBuckets is not { } bucketsB
            || Shingles.CanReach(Shingles.SharedAtMost(bucketsA, bucketsB), a.Shingles.Length, b.Shingles.Length, TextThreshold))
        && Shingles.AtLeast<ulong>(a.Shingles, b.Shingles, TextThreshold);

    /// <summary>The summary's first sentence (or the body's), cut at a word if it runs long.</summary>
    public static string OneSentence(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = (string.IsNullOrEmpty(article.Summary) ? article.Body ?? "" : article.Summary).ReplaceLineEndings(" ").Trim();
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
