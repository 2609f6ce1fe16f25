using System.Collections.Concurrent;
using BriefingBot.Core.Meetings;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>
/// What matching reads of a meeting (participants, kind, date, place, the reports' publication days), kept in
/// memory: a busy participant's meetings are candidates for report after report, and reading them again from the
/// file for each was most of the time of ingesting an article. A meeting written replaces its sketch; a
/// rolled-back write clears everything, since what was read inside the transaction may never have been.
/// Sketches are shared: nobody changes them (the ingestor loads the meeting it changes whole).
/// </summary>
internal sealed class MeetingSketches
{
    // Far more than a day's meetings; past it the cache starts over rather than tracking use.
    private const int Capacity = 200_000;

    private readonly ConcurrentDictionary<int, Meeting> _sketches = new();

    /// <summary>The sketches of these meetings, in id order (matching breaks ties by order).</summary>
    public List<Meeting> Get(LiteDatabase db, IReadOnlyCollection<int> ids)
    {
        var found = new List<Meeting>(ids.Count);
        var missing = new List<BsonValue>();
        foreach (var id in ids)
        {
            if (_sketches.TryGetValue(id, out var sketch))
            {
                found.Add(sketch);
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count == 0)
        {
            return found.OrderBy(m => m.Id).ToList();
        }

        // Only the fields matching reads, without the reports' sentences and without the object mapper.
        foreach (var document in db.GetCollection(Indexes.Meetings).Query()
            .Where(Filters.In("_id", new BsonArray(missing)))
            .Select("{ _id: $._id, Kind: $.Kind, Date: $.Date, Location: $.Location, P: $.ParticipantIds, R: ARRAY($.Reports[*].Published) }")
            .ToEnumerable())
        {
            var sketch = Sketch(document);
            _sketches[sketch.Id] = sketch;
            found.Add(sketch);
        }

        return found.OrderBy(m => m.Id).ToList();
    }

    /// <summary>Takes the sketches of meetings just written (the next report about them needs no read).</summary>
    public void Remember(IEnumerable<Meeting> meetings)
    {
        foreach (var meeting in meetings)
        {
            _sketches[meeting.Id] = new Meeting
            {
                Id = meeting.Id,
                Kind = meeting.Kind,
                Date = meeting.Date,
                Location = meeting.Location,
                ParticipantIds = [.. meeting.ParticipantIds],
                Reports = [.. meeting.Reports.Select(r => new MeetingReport { Published = r.Published })],
            };
        }
    }

    public void Clear() => _sketches.Clear();

    /// <summary>Once nothing is pending (after a commit): starts over if the cache has grown past its bound.</summary>
    public void Trim()
    {
        if (_sketches.Count > Capacity)
        {
            _sketches.Clear();
        }
    }

    private static Meeting Sketch(BsonDocument d) => new()
    {
        Id = d["_id"].AsInt32,
        Kind = Enum.Parse<MeetingKind>(d["Kind"].AsString),
        Date = d["Date"].IsNull ? null : d["Date"].AsString,
        Location = d["Location"].IsNull ? null : d["Location"].AsString,
        ParticipantIds = d["P"].AsArray.Select(p => p.AsInt32).ToList(),
        Reports = d["R"].AsArray
            .Select(r => new MeetingReport { Published = DateOnly.ParseExact(r.AsString, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) })
            .ToList(),
    };
}
