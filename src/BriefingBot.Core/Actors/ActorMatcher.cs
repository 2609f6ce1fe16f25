using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Actors;

/// <summary>
/// Decides whether an actor found in a new article is one the store already knows. Persons match on given name
/// and surname (spelling variants and middle names aside); a bare surname matches only with a compatible role
/// or the same country, because two people may share a surname.
/// </summary>
public sealed class ActorMatcher
{
    /// <summary>The known actor that <paramref name="found"/> is, or null for a new actor.</summary>
    /// <param name="candidates">Actors sharing a key with <paramref name="found"/> (from <see cref="ActorKeys.For"/>).</param>
    public Actor? Match(ExtractedActor found, IReadOnlyList<Actor> candidates)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(candidates);
        var names = found.Aliases.Append(found.Name).ToList();
        if (found.Kind != ActorKind.Person)
        {
            var folded = names.Select(ActorKeys.Fold).ToHashSet(StringComparer.Ordinal);
            return candidates.FirstOrDefault(a => a.Kind == found.Kind && a.Aliases.Append(a.Name).Any(n => folded.Contains(ActorKeys.Fold(n))));
        }

        var fullKeys = FullKeys(names);
        var surnames = names.Select(NamePhonetics.SurnameKey).Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal);
        Actor? best = null;
        var bestScore = 0;
        foreach (var actor in candidates.Where(a => a.Kind == ActorKind.Person))
        {
            var score = Score(found, fullKeys, surnames, actor);
            if (score > bestScore)
            {
                best = actor;
                bestScore = score;
            }
        }

        return best;
    }

    private static int Score(ExtractedActor found, HashSet<(string, string)> fullKeys, HashSet<string> surnames, Actor actor)
    {
        var names = actor.Aliases.Append(actor.Name).ToList();
        var theirFull = FullKeys(names);
        var countryClash = found.Country is not null && actor.Country is not null && !string.Equals(found.Country, actor.Country, StringComparison.OrdinalIgnoreCase);
        if (fullKeys.Overlaps(theirFull))
        {
            return countryClash ? 0 : 3;
        }

        var theirSurnames = names.Select(NamePhonetics.SurnameKey).Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal);
        var sameSurname = surnames.Overlaps(theirSurnames);
        if (!sameSurname || countryClash)
        {
            return 0;
        }

        // Both sides name a given name and they differ: two people who share a surname.
        if (fullKeys.Count > 0 && theirFull.Count > 0)
        {
            return 0;
        }

        var sameCountry = found.Country is not null && string.Equals(found.Country, actor.Country, StringComparison.OrdinalIgnoreCase);
        var sameRole = found.Roles.Any(r => actor.Roles.Any(a => TitlesAgree(r.Title, a.Title)));
        return sameCountry || sameRole ? 2 : 0;
    }

    private static HashSet<(string, string)> FullKeys(IEnumerable<string> names)
    {
        var keys = new HashSet<(string, string)>();
        foreach (var name in names)
        {
            var words = NamePhonetics.Words(name);
            if (words.Count >= 2)
            {
                keys.Add((NamePhonetics.Key(words[0]), NamePhonetics.Key(words[^1])));
            }
        }

        return keys;
    }

    private static bool TitlesAgree(string a, string b)
    {
        var x = ActorKeys.Fold(a).Split(' ').ToHashSet(StringComparer.Ordinal);
        var y = ActorKeys.Fold(b).Split(' ').ToHashSet(StringComparer.Ordinal);
        return x.IsSubsetOf(y) || y.IsSubsetOf(x);
    }
}
