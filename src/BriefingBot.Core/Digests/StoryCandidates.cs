namespace BriefingBot.Core.Digests;

/// <summary>
/// Which articles are worth comparing for <see cref="StoryGrouper"/>: those sharing a meeting, a sampled body
/// shingle or a title word. Near duplicates share many shingles, so a quarter of them (chosen by a stable hash)
/// still finds them; a key shared by very many articles links each only to its neighbour in the list, which
/// keeps the work linear while the exact check and the grouping's transitivity still join a large story.
/// </summary>
internal static class StoryCandidates
{
    /// <summary>Lists no longer than this pair every article with every other; longer ones pair neighbours.</summary>
    public const int AllPairsUpTo = 48;

    /// <summary>Every key's articles (indices, ascending) where a key has more than one.</summary>
    public static IEnumerable<int[]> Lists(IReadOnlyList<PreparedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Shared(articles, a => a.MeetingIds)
            .Concat(Shared(articles, a => a.TitleWords))
            .Concat(Shared(articles, a => a.SampledShingles));
    }

    // Sorting (key, article) pairs rather than filling a list per key: most sampled shingles are one article's.
    private static IEnumerable<int[]> Shared<TKey>(IReadOnlyList<PreparedArticle> articles, Func<PreparedArticle, TKey[]> keysOf)
        where TKey : IComparable<TKey>
    {
        var count = 0;
        for (var i = 0; i < articles.Count; i++)
        {
            count += keysOf(articles[i]).Length;
        }

        var keys = new TKey[count];
        var owners = new int[count];
        var next = 0;
        for (var i = 0; i < articles.Count; i++)
        {
            foreach (var key in keysOf(articles[i]))
            {
                keys[next] = key;
                owners[next++] = i;
            }
        }

        Array.Sort(keys, owners);
        for (var start = 0; start < count;)
        {
            var end = start + 1;
            while (end < count && keys[end].CompareTo(keys[start]) == 0)
            {
                end++;
            }

            if (end - start > 1)
            {
                var list = owners[start..end];
                Array.Sort(list);
                yield return list;
            }

            start = end;
        }
    }
}
