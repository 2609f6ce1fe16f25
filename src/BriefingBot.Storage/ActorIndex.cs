using System.Runtime.InteropServices;
using BriefingBot.Core.Actors;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>
/// Every actor's sketch (what identity matching reads: kind, names, keys, country, role titles; its article count,
/// for ranking fuzzy lookups; and its newest meetings, for a country's meeting list), filed in memory under its
/// <see cref="ActorKeys"/> and its country. A common surname is shared by dozens of actors, and each article names
/// several people: reading every candidate's whole document (newest articles, meetings, role sentences) from the file
/// for every article made ingestion slow down as the store grew. Built from the actors collection the first time it is
/// needed; the writer files each actor it writes, pending ones included. A rolled-back transaction or a removal
/// discards it.
/// Sketches are shared: nobody changes them (the ingestor loads the actor it changes whole).
/// </summary>
internal sealed class ActorIndex(Func<IDisposable> reading) : SketchIndex(reading)
{
    private readonly Dictionary<int, Actor> _actors = [];
    private readonly IdsByKey<string> _byKey = new(StringComparer.Ordinal);

    // The same keys in order, for prefix lookups.
    private readonly SortedSet<string> _keys = new(StringComparer.Ordinal);

    private readonly Dictionary<string, HashSet<int>> _byCountry = new(StringComparer.Ordinal);

    // Under each surname key, only the actors known by a surname alone (no full-name key) that have a country or a role:
    // see PersonCandidates and OfferedToFullNames.
    private readonly IdsByKey<string> _bareUnder = new(StringComparer.Ordinal);

    // The ids a lookup has gathered (under the lock; emptied by each).
    private readonly HashSet<int> _seen = [];

    /// <summary>The ids of the actors filed under any of these keys, each once, in the order their keys come.</summary>
    public List<int> IdsUnder(LiteDatabase db, IEnumerable<string> keys) =>
        Built(db, () => Under(keys, surnamesBare: false));

    /// <summary>The sketches of the actors filed under any of these keys.</summary>
    public List<Actor> Candidates(LiteDatabase db, IEnumerable<string> keys) =>
        Built(db, () => SketchesOf(Under(keys, surnamesBare: false)));

    /// <summary>
    /// The sketches of the persons a person with these keys could be (see <c>IKnowledgeStore.FindPersonCandidatesAsync</c>):
    /// with a full-name key among them, those filed under it and, under a surname key, those known by a surname alone
    /// that have a country or a role (the others can never be joined to a full name).
    /// </summary>
    public List<Actor> PersonCandidates(LiteDatabase db, IReadOnlyList<string> keys)
    {
        if (!keys.Any(ActorKeys.IsFullName))
        {
            return Candidates(db, keys);
        }

        return Built(db, () => SketchesOf(Under(keys, surnamesBare: true)));
    }

    // Under the lock, built: the ids under the keys, each once, in the order their keys come; with surnamesBare, a
    // surname key gives only the actors known by a surname alone that are offered to full names.
    private List<int> Under(IEnumerable<string> keys, bool surnamesBare)
    {
        var ids = new List<int>();
        _seen.Clear();
        foreach (var key in keys)
        {
            (surnamesBare && ActorKeys.IsSurname(key) ? _bareUnder : _byKey).AddUnder(key, ids, _seen);
        }

        return ids;
    }

    private List<Actor> SketchesOf(List<int> ids)
    {
        var sketches = new List<Actor>(ids.Count);
        foreach (var id in ids)
        {
            sketches.Add(_actors[id]);
        }

        return sketches;
    }

    /// <summary>The sketches of these actors, each once; ids of actors not known are left out.</summary>
    public List<Actor> Sketches(LiteDatabase db, IEnumerable<int> ids) =>
        Built(db, () => ids.Distinct().Select(id => _actors.GetValueOrDefault(id)).OfType<Actor>().ToList());

    /// <summary>
    /// The sketches of actors with a key starting with <paramref name="prefix"/>, at most <paramref name="limit"/>,
    /// in key order: a range of the ordered keys. Walking every key in memory for each prefix (a "did you mean" asks
    /// four to six) was the slowest tail of /who and /meetings on a store of 100,000 articles.
    /// </summary>
    public List<Actor> ByKeyPrefix(LiteDatabase db, string prefix, int limit)
    {
        return Built(db, () => _keys.GetViewBetween(prefix, prefix + char.MaxValue)
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
            .SelectMany(_byKey.Under)
            .Distinct()
            .Take(limit)
            .Select(id => _actors[id])
            .ToList());
    }

    /// <summary>
    /// The sketches of the actors of a country, with their newest meetings: a country's meeting list. On the file this
    /// read every actor of the country whole (thousands on a large store, tens of milliseconds a command).
    /// </summary>
    public List<Actor> OfCountry(LiteDatabase db, string country) =>
        Built(db, () => _byCountry.TryGetValue(country, out var ids) ? ids.Order().Select(id => _actors[id]).ToList() : []);

    /// <summary>Files an actor just written (by the writer, inside its transaction), in place of what it was.</summary>
    public void Put(LiteDatabase db, Actor actor) =>
        Built(db, () => File(Sketch(actor, _actors.GetValueOrDefault(actor.Id))));

    protected override void Forget()
    {
        _actors.Clear();
        _byKey.Clear();
        _keys.Clear();
        _byCountry.Clear();
        _bareUnder.Clear();
    }

    protected override void Load(LiteDatabase db)
    {
        // Only the fields matching reads, without the object mapper.
        foreach (var d in ChunkedReads.All(
            db,
            Indexes.Actors,
            "{ _id: $._id, Kind: $.Kind, Name: $.Name, Aliases: $.Aliases, Keys: $.Keys, Country: $.Country, Roles: $.Roles, ArticleCount: $.ArticleCount, MeetingCount: $.MeetingCount, MeetingIds: $.MeetingIds }"))
        {
            StopIfClosed();
            File(new Actor
            {
                Id = d["_id"].AsInt32,
                Kind = Enum.Parse<ActorKind>(d["Kind"].AsString),
                Name = d["Name"].AsString,
                Aliases = [.. d["Aliases"].AsArray.Select(a => a.AsString)],
                Keys = [.. d["Keys"].AsArray.Select(k => k.AsString)],
                Country = Text(d["Country"]),
                Roles = [.. d["Roles"].AsArray.Select(r => new ActorRole { Title = r["Title"].AsString, Country = Text(r["Country"]) })],
                ArticleCount = Count(d["ArticleCount"]),
                MeetingCount = Count(d["MeetingCount"]),
                MeetingIds = d["MeetingIds"].IsArray ? [.. d["MeetingIds"].AsArray.Select(m => m.AsInt32)] : [],
            });
        }
    }

    private void File(Actor sketch)
    {
        var before = _actors.GetValueOrDefault(sketch.Id);
        var offered = OfferedToFullNames(sketch);
        if (!offered && before is not null && OfferedToFullNames(before))
        {
            // Known by a full name now (keys are only ever added), or without country and role: no longer offered.
            foreach (var key in before.Keys.Where(ActorKeys.IsSurname))
            {
                _bareUnder.Remove(key, sketch.Id);
            }
        }

        // Keys are only ever added to an actor (a removal discards the index), so filing adds what is new.
        foreach (var key in sketch.Keys)
        {
            if (_byKey.Add(key, sketch.Id))
            {
                _keys.Add(key);
            }

            if (offered && ActorKeys.IsSurname(key))
            {
                _bareUnder.Add(key, sketch.Id);
            }
        }

        if (before?.Country is { } was && was != sketch.Country && _byCountry.TryGetValue(was, out var formerly))
        {
            formerly.Remove(sketch.Id);
        }

        if (sketch.Country is { } country)
        {
            if (!_byCountry.TryGetValue(country, out var ofCountry))
            {
                _byCountry[country] = ofCountry = [];
            }

            ofCountry.Add(sketch.Id);
        }

        _actors[sketch.Id] = sketch;
    }

    // A person known by a surname alone is offered to a full name sharing the surname only if it has a country or a role:
    // the matcher joins a surname to a full name on an agreeing country or role, never on the surname alone. Every bare
    // mention with neither becomes an actor of its own (nothing tells namesakes apart), and at 70,000 bench articles a
    // full name was offered about 18 of them per mention, growing with the store, each scored in vain.
    private static bool OfferedToFullNames(Actor actor) =>
        !actor.Keys.Any(ActorKeys.IsFullName) && (actor.Country is not null || actor.Roles.Count > 0);

    private static string? Text(BsonValue value) => value.IsNull ? null : value.AsString;

    private static int Count(BsonValue value) => value.IsNumber ? value.AsInt32 : 0;

    // An actor is written again for nearly every article naming it, mostly with the same names, keys, roles and
    // meetings: those parts of the sketch it replaces serve the new one as they are (sketches are never changed).
    // Copying them each time doubled what making sketches allocated (10,000 bench articles: 65 MB against 29).
    private static Actor Sketch(Actor actor, Actor? before) => new()
    {
        Id = actor.Id,
        Kind = actor.Kind,
        Name = actor.Name,
        Aliases = before is not null && Same(before.Aliases, actor.Aliases) ? before.Aliases : [.. actor.Aliases],
        Keys = before is not null && Same(before.Keys, actor.Keys) ? before.Keys : [.. actor.Keys],
        Country = actor.Country,
        Roles = before is not null && SameRoles(before.Roles, actor.Roles)
            ? before.Roles
            : [.. actor.Roles.Select(r => new ActorRole { Title = r.Title, Country = r.Country })],
        ArticleCount = actor.ArticleCount,
        MeetingCount = actor.MeetingCount,
        MeetingIds = before is not null && Same(before.MeetingIds, actor.MeetingIds) ? before.MeetingIds : [.. actor.MeetingIds],
    };

    private static bool Same<T>(List<T> sketched, List<T> now) =>
        CollectionsMarshal.AsSpan(sketched).SequenceEqual(CollectionsMarshal.AsSpan(now));

    // A sketch's roles keep their title and country only.
    private static bool SameRoles(List<ActorRole> sketched, List<ActorRole> now)
    {
        if (sketched.Count != now.Count)
        {
            return false;
        }

        for (var i = 0; i < now.Count; i++)
        {
            if (!string.Equals(sketched[i].Title, now[i].Title, StringComparison.Ordinal) || !string.Equals(sketched[i].Country, now[i].Country, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
