using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Digests;

/// <summary>
/// An article as a digest window compares it, worked out once however many subscriptions read the window:
/// the folded words of its title, summary and body, its body shingles and its title's content words. It keeps the
/// article without its body (<see cref="Article.WithoutBody"/>): the folded words are what is matched, and the one
/// line a story shows is taken from the body before it is let go.
/// </summary>
internal sealed class PreparedArticle
{
    private string? _oneSentence;

    public PreparedArticle(Article article, WordVocabulary vocabulary)
        : this(article, Fold(article, vocabulary), vocabulary)
    {
    }

    // The rest of the preparation only reads the vocabulary, so articles whose words have ids prepare in parallel.
    private PreparedArticle(Article article, Words words, WordVocabulary vocabulary)
    {
        Article = article.WithoutBody();
        _oneSentence = string.IsNullOrEmpty(article.Summary) ? StoryGrouper.OneSentence(article) : null;
        (Title, Summary, Body) = words;
        Shingles = Digests.Shingles.Of(string.IsNullOrEmpty(article.Body) ? Summary : Body, vocabulary, out var sampled);
        SampledShingles = sampled;
        ShingleBuckets = Digests.Shingles.Buckets(Shingles);

        var titleWords = Title.Where(id => !StoryGrouper.IsStopWord(vocabulary[id])).ToArray();
        Array.Sort(titleWords);
        TitleWords = Digests.Shingles.Distinct(titleWords);
        Mentions = article.ActorIds.Distinct().ToArray();
        ActorIds = SortedDistinct(article.ActorIds);
        MeetingIds = SortedDistinct(article.MeetingIds);
    }

    /// <summary>The article, without its body.</summary>
    public Article Article { get; }

    public int[] Title { get; }

    public int[] Summary { get; }

    public int[] Body { get; }

    /// <summary>Shingles of the body (of the summary when there is no body), sorted.</summary>
    public ulong[] Shingles { get; }

    /// <summary><see cref="Shingles"/> counted into buckets, to rule out most pairs without walking them; null when one overflowed.</summary>
    public byte[]? ShingleBuckets { get; }

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
    /// <remarks>Topics matched in parallel may work it out more than once: the same text each time.</remarks>
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

    /// <summary>
    /// Prepares many articles on every core. Folding is most of the work and needs a vocabulary, so each part of
    /// the list is folded with a vocabulary of its own; the parts' words then get their ids in the shared
    /// vocabulary, part by part in order, and the rest is worked out in parallel again.
    /// </summary>
    public static IReadOnlyList<PreparedArticle> All(IReadOnlyList<Article> articles, WordVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var parts = Math.Min(Environment.ProcessorCount, articles.Count / 64);
        if (parts < 2)
        {
            return articles.Select(a => new PreparedArticle(a, vocabulary)).ToList();
        }

        var words = new Words[articles.Count];
        var local = new WordVocabulary[parts];
        Parallel.For(0, parts, part =>
        {
            local[part] = new WordVocabulary();
            foreach (var i in Part(part))
            {
                words[i] = Fold(articles[i], local[part]);
            }
        });

        var shared = local.Select(l => Enumerable.Range(0, l.Count).Select(id => vocabulary.Intern(l[id])).ToArray()).ToArray();
        var prepared = new PreparedArticle[articles.Count];
        Parallel.For(0, parts, part =>
        {
            foreach (var i in Part(part))
            {
                var (title, summary, body) = words[i];
                prepared[i] = new PreparedArticle(articles[i], new(Map(title), Map(summary), Map(body)), vocabulary);
            }

            int[] Map(int[] ids)
            {
                for (var j = 0; j < ids.Length; j++)
                {
                    ids[j] = shared[part][ids[j]];
                }

                return ids;
            }
        });
        return prepared;

        IEnumerable<int> Part(int part) =>
            Enumerable.Range(0, articles.Count).Where(i => i * parts / articles.Count == part);
    }

    // The store reads an empty text back as null (LiteDB's mapping), so any of them may be missing.
    private static Words Fold(Article article, WordVocabulary vocabulary) =>
        new(vocabulary.Add(article.Title ?? ""), vocabulary.Add(article.Summary ?? ""), vocabulary.Add(article.Body ?? ""));

    private static int[] SortedDistinct(List<int> ids)
    {
        var sorted = ids.ToArray();
        Array.Sort(sorted);
        return Digests.Shingles.Distinct(sorted);
    }

    private readonly record struct Words(int[] Title, int[] Summary, int[] Body);
}
