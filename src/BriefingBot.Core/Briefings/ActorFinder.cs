using BriefingBot.Core.Actors;
using BriefingBot.Core.Storage;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// Finds the actors a user means by a name they typed: exact (diacritics- and case-insensitive) on any
/// alias or on whole name words, else close matches for "did you mean". Uses the store's key index only.
/// </summary>
public sealed class ActorFinder(IKnowledgeStore store)
{
    public async Task<ActorLookup> FindAsync(string typed, CancellationToken cancellationToken)
    {
        var query = ActorKeys.Fold(typed);
        if (query.Length == 0)
        {
            return new ActorLookup([], []);
        }

        var words = query.Split(' ');
        var keyed = await store.FindActorsByKeysAsync(ActorKeys.For([typed]).Append(query), cancellationToken).ConfigureAwait(false);
        var prefixed = await store.FindActorsByKeyPrefixAsync(words[0], 200, cancellationToken).ConfigureAwait(false);
        var pool = keyed.Concat(prefixed).DistinctBy(a => a.Id).ToList();

        var exact = pool.Where(a => a.Aliases.Append(a.Name).Any(n => ActorKeys.Fold(n) == query)).ToList();
        var matches = exact.Count > 0
            ? exact
            : pool.Where(a => a.Aliases.Append(a.Name).Any(n => ContainsWords(ActorKeys.Fold(n).Split(' '), words))).ToList();
        if (matches.Count > 0)
        {
            return new ActorLookup(Rank(matches), []);
        }

        return new ActorLookup([], await SuggestAsync(query, cancellationToken).ConfigureAwait(false));
    }

    // People first, then the most written about.
    private static List<Actor> Rank(IEnumerable<Actor> actors) =>
        actors.OrderBy(a => a.Kind).ThenByDescending(a => a.ArticleIds.Count).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();

    private static bool ContainsWords(string[] name, string[] words) => words.All(name.Contains);

    // Close matches by edit distance among actors sharing a short prefix with any typed word.
    private async Task<IReadOnlyList<Actor>> SuggestAsync(string query, CancellationToken cancellationToken)
    {
        var pool = new Dictionary<int, Actor>();
        foreach (var word in query.Split(' ').Where(w => w.Length >= 2))
        {
            var prefix = word[..Math.Min(2, word.Length)];
            foreach (var actor in await store.FindActorsByKeyPrefixAsync(prefix, 500, cancellationToken).ConfigureAwait(false))
            {
                pool.TryAdd(actor.Id, actor);
            }
        }

        return pool.Values
            .Select(a => (Actor: a, Distance: a.Keys.Append(ActorKeys.Fold(a.Name)).Min(k => Distance(k, query))))
            .Where(x => x.Distance <= Math.Max(2, query.Length / 3))
            .OrderBy(x => x.Distance)
            .ThenByDescending(x => x.Actor.ArticleIds.Count)
            .Select(x => x.Actor)
            .Take(3)
            .ToList();
    }

    /// <summary>Levenshtein distance, also against every word of <paramref name="key"/> so a surname alone can be close.</summary>
    internal static int Distance(string key, string query)
    {
        var best = Levenshtein(key, query);
        foreach (var word in key.Split(' '))
        {
            best = Math.Min(best, Levenshtein(word, query));
        }

        return best;
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
