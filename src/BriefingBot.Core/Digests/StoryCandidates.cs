using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Digests;

/// <summary>
/// Pairs of articles worth comparing for <see cref="StoryGrouper"/>: those sharing a meeting, a sampled body
/// shingle or a title word. Near duplicates share many shingles, so a quarter of them (chosen by a stable hash)
/// still finds them; a key shared by very many articles links each only to its neighbour in the list, which
/// keeps the work linear while the exact check and the grouping's transitivity still join a large story.
/// </summary>
internal static class StoryCandidates
{
    private const int AllPairsUpTo = 48;
    private const uint ShingleSample = 4;

    public static IEnumerable<(int, int)> Pairs(IReadOnlyList<Article> articles, IReadOnlyList<HashSet<string>> texts, IReadOnlyList<HashSet<string>> titles)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            foreach (var meeting in articles[i].MeetingIds.Distinct())
            {
                Post(postings, "m:" + meeting, i);
            }

            foreach (var shingle in texts[i].Where(s => StableHash(s) % ShingleSample == 0))
            {
                Post(postings, "t:" + shingle, i);
            }

            foreach (var word in titles[i])
            {
                Post(postings, "w:" + word, i);
            }
        }

        var seen = new HashSet<(int, int)>();
        foreach (var list in postings.Values.Where(l => l.Count > 1))
        {
            if (list.Count <= AllPairsUpTo)
            {
                for (var a = 0; a < list.Count; a++)
                {
                    for (var b = a + 1; b < list.Count; b++)
                    {
                        if (seen.Add((list[a], list[b])))
                        {
                            yield return (list[a], list[b]);
                        }
                    }
                }
            }
            else
            {
                for (var a = 1; a < list.Count; a++)
                {
                    if (seen.Add((list[a - 1], list[a])))
                    {
                        yield return (list[a - 1], list[a]);
                    }
                }
            }
        }
    }

    private static void Post(Dictionary<string, List<int>> postings, string key, int article)
    {
        if (!postings.TryGetValue(key, out var list))
        {
            postings[key] = list = [];
        }

        list.Add(article);
    }

    // FNV-1a: the same sample in every process, so a digest groups the same way after a restart.
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
