using BriefingBot.Core.Actors;
using BriefingBot.Core.Storage;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// Finds the actors a user means by a name they typed: exact (diacritics- and case-insensitive) on any
/// alias or on whole name words, else close matches for "did you mean". Uses the store's key index only, and weighs
/// sketches (a common surname names dozens of actors): only the matches shown are loaded whole.
/// </summary>
public sealed class ActorFinder(IKnowledgeStore store)
{
    public async Task<ActorLookup> FindAsync(string typed, CancellationToken cancellationToken)
    {
        var query = ActorKeys.Fold(typed);
        if (query.Length == 0)
        {
            return new ActorLookup([], [], 0);
        }

        var words = Sounds(typed);
        var pool = (await store.FindActorCandidatesAsync(ActorKeys.For([typed]), cancellationToken).ConfigureAwait(false)).ToList();
        if (words.Count == 1)
        {
            // A lone word may be a given name ("Sergey"): actors whose given name sounds like it.
            pool.AddRange(await store.FindActorSketchesByKeyPrefixAsync($"n:{words[0]} ", 200, cancellationToken).ConfigureAwait(false));
        }

        pool = pool.DistinctBy(a => a.Id).ToList();
        var exact = pool.Where(a => Names(a).Any(n => ActorKeys.Fold(n) == query)).ToList();
        var matches = exact.Count > 0
            ? exact
            : pool.Where(a => Names(a).Any(n => ContainsWords(Sounds(n), words))).ToList();
        if (matches.Count > 0)
        {
            var shown = Rank(matches).Take(ActorLookup.MaxMatches).Select(a => a.Id).ToList();
            var whole = (await store.GetActorsAsync(shown, cancellationToken).ConfigureAwait(false)).ToDictionary(a => a.Id);
            return new ActorLookup([.. shown.Where(whole.ContainsKey).Select(id => whole[id])], [], matches.Count);
        }

        return new ActorLookup([], await SuggestAsync(query, words, cancellationToken).ConfigureAwait(false), 0);
    }

    /// <summary>Actors whose given name or surname starts like <paramref name="typed"/>: autocomplete (sketches: names and counts).</summary>
    public async Task<IReadOnlyList<Actor>> CompleteAsync(string typed, int limit, CancellationToken cancellationToken)
    {
        var words = Sounds(typed);
        if (words.Count == 0)
        {
            return [];
        }

        var found = new List<Actor>();
        foreach (var prefix in new[] { "n:" + string.Join(' ', words), "s:" + words[^1] })
        {
            found.AddRange(await store.FindActorSketchesByKeyPrefixAsync(prefix, limit, cancellationToken).ConfigureAwait(false));
        }

        return Rank(found.DistinctBy(a => a.Id)).Take(limit).ToList();
    }

    private static IEnumerable<string> Names(Actor actor) => actor.Aliases.Append(actor.Name);

    private static List<string> Sounds(string name) => NamePhonetics.Words(name).Select(NamePhonetics.Key).ToList();

    // People first, then the most written about.
    private static List<Actor> Rank(IEnumerable<Actor> actors) =>
        actors.OrderBy(a => a.Kind).ThenByDescending(a => a.ArticleCount).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();

    private static bool ContainsWords(List<string> name, List<string> words) => words.All(name.Contains);

    // Close matches by edit distance among actors whose surname or given name starts like a typed word. The hundreds
    // weighed are sketches; only the few suggested are loaded whole.
    private async Task<IReadOnlyList<Actor>> SuggestAsync(string query, List<string> words, CancellationToken cancellationToken)
    {
        var pool = new Dictionary<int, Actor>();
        foreach (var word in words.Where(w => w.Length >= 2))
        {
            foreach (var prefix in new[] { "s:" + word[..2], "n:" + word[..2] })
            {
                foreach (var actor in await store.FindActorSketchesByKeyPrefixAsync(prefix, 300, cancellationToken).ConfigureAwait(false))
                {
                    pool.TryAdd(actor.Id, actor);
                }
            }
        }

        var limit = Math.Max(2, query.Length / 3);
        var closest = pool.Values
            .Select(a => (Actor: a, Distance: Names(a).Min(n => Distance(ActorKeys.Fold(n), query, limit))))
            .Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance)
            .ThenByDescending(x => x.Actor.ArticleCount)
            .Select(x => x.Actor.Id)
            .Take(3)
            .ToList();
        var whole = (await store.GetActorsAsync(closest, cancellationToken).ConfigureAwait(false)).ToDictionary(a => a.Id);
        return closest.Where(whole.ContainsKey).Select(id => whole[id]).ToList();
    }

    /// <summary>
    /// Levenshtein distance, also against every word of <paramref name="key"/> so a surname alone can be close; any
    /// distance above <paramref name="limit"/> is given as <paramref name="limit"/> + 1. A typo weighs hundreds of names,
    /// and all but a few are far: they are given up on as soon as they cannot come within the limit.
    /// </summary>
    internal static int Distance(string key, string query, int limit)
    {
        var best = Levenshtein(key, query, limit);
        foreach (var range in key.AsSpan().Split(' '))
        {
            if (best == 0)
            {
                break;
            }

            best = Math.Min(best, Levenshtein(key.AsSpan()[range], query, best - 1));
        }

        return best;
    }

    // Above the limit it answers limit + 1: the lengths alone may say so, or a row whose every cell is past the limit
    // (a row's smallest cell never shrinks further down).
    private static int Levenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        Span<int> previous = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var smallest = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                smallest = Math.Min(smallest, current[j]);
            }

            if (smallest > limit)
            {
                return limit + 1;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return Math.Min(previous[b.Length], limit + 1);
    }
}
