using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Digests;

/// <summary>
/// An article as a digest window compares it, worked out once however many subscriptions read the window:
/// the folded words of its title, summary and body, its body shingles and its title's content words.
/// </summary>
internal sealed class PreparedArticle
{
    private string? _oneSentence;

    public PreparedArticle(Article article, WordVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(vocabulary);
        Article = article;

        // The store reads an empty text back as null (LiteDB's mapping), so any of them may be missing.
        Title = vocabulary.Add(article.Title ?? "");
        Summary = vocabulary.Add(article.Summary ?? "");
        Body = vocabulary.Add(article.Body ?? "");
        Shingles = Digests.Shingles.Of(string.IsNullOrEmpty(article.Body) ? Summary : Body, vocabulary, out var sampled);
        SampledShingles = sampled;

        var titleWords = Title.Where(id => !StoryGrouper.IsStopWord(vocabulary[id])).ToArray();
        Array.Sort(titleWords);
        TitleWords = Digests.Shingles.Distinct(titleWords);
        Mentions = article.ActorIds.Distinct().ToArray();
        ActorIds = SortedDistinct(article.ActorIds);
        MeetingIds = SortedDistinct(article.MeetingIds);
    }

    public Article Article { get; }

    public int[] Title { get; }

    public int[] Summary { get; }

    public int[] Body { get; }

    /// <summary>Shingles of the body (of the summary when there is no body), sorted.</summary>
    public ulong[] Shingles { get; }

    /// <summary>The quarter of <see cref="Shingles"/> that story candidates are found by.</summary>
    public ulong[] SampledShingles { get; }

    /// <summary>The title's words without stop words, sorted, each once.</summary>
    public int[] TitleWords { get; }

    /// <summary>The actors the article names, each once, in the article's order.</summary>
    public int[] Mentions { get; }

    /// <summary>The same actors, sorted.</summary>
    public int[] ActorIds { get; }

    public int[] MeetingIds { get; }

    /// <summary>The line a story headed by this article shows under its title.</summary>
    public string OneSentence => _oneSentence ??= StoryGrouper.OneSentence(Article);

    /// <summary>Whether the two sorted arrays share a value.</summary>
    public static bool Overlap(int[] a, int[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                return true;
            }

            if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }

    private static int[] SortedDistinct(List<int> ids)
    {
        var sorted = ids.ToArray();
        Array.Sort(sorted);
        return Digests.Shingles.Distinct(sorted);
    }
}
