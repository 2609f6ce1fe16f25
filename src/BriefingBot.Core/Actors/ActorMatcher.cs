using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Actors;

/// <summary>
/// Decides whether an actor found in a new article is one the store already knows. Persons match on given name
/// and surname (spelling variants and middle names aside); a bare surname matches only with a compatible role
/// or the same country, because two people may share a surname.
/// </summary>
public sealed class ActorMatcher
{
    // A busy actor is a candidate for article after article, with the same names each time.
    private const int FormsCapacity = 200_000;

    private readonly ConcurrentDictionary<string, NameForms> _forms = new(StringComparer.Ordinal);

    // Each candidate's name keys, by actor id: a store's actors are offered again and again, and as new objects each
    // time they are written (the store files a fresh sketch of every actor it writes). Kept by object, in a weak table,
    // the keys were computed again after every write and looked up at a cost that grew with the table: at 80,000
    // bench articles a sixteenth of the writer's time. One entry per actor, like the store's own index of them.
    private readonly ConcurrentDictionary<int, Profile> _profiles = new();

    /// <summary>The known actor that <paramref name="found"/> is, or null for a new actor.</summary>
    /// <param name="candidates">Actors sharing a key with <paramref name="found"/> (from <see cref="ActorKeys.For"/>).</param>
    public Actor? Match(ExtractedActor found, IReadOnlyList<Actor> candidates)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(candidates);
        var names = found.Aliases.Append(found.Name).ToList();
        if (found.Kind != ActorKind.Person)
        {
            var folded = names.Select(n => Forms(n).Folded).ToHashSet(StringComparer.Ordinal);
            return candidates.FirstOrDefault(a => a.Kind == found.Kind && a.Aliases.Append(a.Name).Any(n => folded.Contains(Forms(n).Folded)));
        }

        var fullKeys = FullKeys(names);
        var surnames = Surnames(names);
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

    // 3: a given name and surname agree; 2: a surname agrees, one side has no given name, and a country or role agrees.
    // What needs no names is decided first: a bare surname is offered every namesake on the store (hundreds of them
    // on a large one), and most are told apart by country or by having no role before their names are looked at.
    private int Score(ExtractedActor found, HashSet<(string, string)> fullKeys, HashSet<string> surnames, Actor actor)
    {
        if (found.Country is not null && actor.Country is not null && !string.Equals(found.Country, actor.Country, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var sameCountry = found.Country is not null && string.Equals(found.Country, actor.Country, StringComparison.OrdinalIgnoreCase);
        var mayShareRole = found.Roles.Count > 0 && actor.Roles.Count > 0;
        if (fullKeys.Count == 0 && !sameCountry && !mayShareRole)
        {
            return 0;
        }

        var (theirFull, theirSurnames) = ProfileOf(actor);
        if (fullKeys.Overlaps(theirFull))
        {
            return 3;
        }

        // Both sides name a given name and they differ: two people who share a surname.
        if (!surnames.Overlaps(theirSurnames) || (fullKeys.Count > 0 && theirFull.Count > 0))
        {
            return 0;
        }

        var sameRole = mayShareRole && found.Roles.Any(r => actor.Roles.Any(a => TitlesAgree(r.Title, a.Title)));
        return sameCountry || sameRole ? 2 : 0;
    }

    // Computed again when the actor's names changed since (resolution adds aliases to the actors it matched); an actor
    // not in a store yet (id 0) is not kept.
    private (HashSet<(string, string)> Full, HashSet<string> Surnames) ProfileOf(Actor actor)
    {
        if (!_profiles.TryGetValue(actor.Id, out var profile) || !profile.Describes(actor))
        {
            var names = actor.Aliases.Append(actor.Name).ToList();
            profile = new Profile(actor.Name, [.. actor.Aliases], FullKeys(names), Surnames(names));
            if (actor.Id != 0)
            {
                _profiles[actor.Id] = profile;
            }
        }

        return (profile.Full, profile.Surnames);
    }

    private HashSet<(string, string)> FullKeys(IEnumerable<string> names)
    {
        var keys = new HashSet<(string, string)>();
        foreach (var name in names)
        {
            if (Forms(name).Full is { } full)
            {
                keys.Add(full);
            }
        }

        return keys;
    }

    private HashSet<string> Surnames(IEnumerable<string> names) =>
        names.Select(n => Forms(n).Surname).Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal);

    private NameForms Forms(string name)
    {
        if (_forms.TryGetValue(name, out var forms))
        {
            return forms;
        }

        if (_forms.Count >= FormsCapacity)
        {
            _forms.Clear();
        }

        var words = NamePhonetics.Words(name);
        forms = new NameForms(
            ActorKeys.Fold(name),
            words.Count >= 2 ? (NamePhonetics.Key(words[0]), NamePhonetics.Key(words[^1])) : null,
            words.Count == 0 ? "" : NamePhonetics.Key(words[^1]));
        return _forms.GetOrAdd(name, forms);
    }

    private bool TitlesAgree(string a, string b)
    {
        var x = Forms(a).Folded.Split(' ').ToHashSet(StringComparer.Ordinal);
        var y = Forms(b).Folded.Split(' ').ToHashSet(StringComparer.Ordinal);
        return x.IsSubsetOf(y) || y.IsSubsetOf(x);
    }

    /// <summary>An actor's name keys, with the names they were computed from.</summary>
    private sealed record Profile(string Name, string[] Aliases, HashSet<(string, string)> Full, HashSet<string> Surnames)
    {
        // The same strings, mostly the very same objects (sketches and copies share them): compared in a few steps.
        public bool Describes(Actor actor) =>
            string.Equals(Name, actor.Name, StringComparison.Ordinal) && Aliases.AsSpan().SequenceEqual(CollectionsMarshal.AsSpan(actor.Aliases));
    }

    /// <summary>What matching compares of a name: its folded form, given name and surname keys, surname key.</summary>
    private sealed record NameForms(string Folded, (string Given, string Surname)? Full, string Surname);
}
