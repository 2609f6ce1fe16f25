using BriefingBot.Core.Actors;
using BriefingBot.Core.Meetings;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>
/// Every meeting's sketch (what matching reads: participants, kind, date, place, the reports' publication days),
/// filed in memory under its <see cref="MeetingKeys"/>, so finding the meetings a new report may join reads nothing
/// from the file. Built from the meetings collection the first time it is needed; the writer files each meeting it
/// writes, pending ones included (they reach the file when the batch commits). A rolled-back transaction or a
/// removal discards it, and the next use builds it again.
/// </summary>
/// <remarks>
/// Kept on disk instead (posting documents per key), the index cost about six writes and five reads per article,
/// most of them for keys that name no meeting; in memory it costs some tens of megabytes per 100,000 meetings.
/// Sketches are shared: nobody changes them (the ingestor loads the meeting it changes whole).
/// </remarks>
internal sealed class MeetingIndex(Func<IDisposable> reading) : SketchIndex(reading)
{
    private readonly Dictionary<int, Meeting> _meetings = [];
    private readonly IdsByKey<MeetingKeys.Key> _byKey = new();
    // What sketches repeat, shared: a report's day (sketches are never changed), a place, a date.
    private readonly Dictionary<DateOnly, MeetingReport> _reportOn = [];
    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);
    // A meeting's keys as it is and as it was filed, worked out under the lock in lists kept for it.
    private readonly List<MeetingKeys.Key> _keys = [];
    private readonly List<MeetingKeys.Key> _keysBefore = [];
    // By place (folded), for "/meetings Tokyo".
    private readonly Dictionary<string, HashSet<int>> _byPlace = new(StringComparer.Ordinal);
    // The ids a lookup has gathered (under the lock; emptied by each).
    private readonly HashSet<int> _seen = [];

    /// <summary>The ids of the meetings held (or to be held) at this place, newest first.</summary>
    public List<int> At(LiteDatabase db, string place) =>
        Built<List<int>>(db, () => _byPlace.TryGetValue(ActorKeys.Fold(place), out var ids) ? [.. ids.OrderDescending()] : []);

    /// <summary>The sketches of the meetings filed under the keys of any of these participants, in id order.</summary>
    public List<Meeting> Candidates(LiteDatabase db, IEnumerable<int> participantIds, MeetingDate? date, DateOnly published)
    {
        return Built(db, () =>
        {
            var ids = new List<int>();
            _seen.Clear();
            foreach (var participant in participantIds)
            {
                foreach (var key in MeetingKeys.Query(participant, date, published, MeetingMatcher.UndatedWindowDays))
                {
                    _byKey.AddUnder(key, ids, _seen);
                }
            }

            ids.Sort();
            var sketches = new List<Meeting>(ids.Count);
            foreach (var id in ids)
            {
                sketches.Add(_meetings[id]);
            }

            return sketches;
        });
    }

    /// <summary>Files a meeting just written (by the writer, inside its transaction), in place of what it was.</summary>
    public void Put(LiteDatabase db, Meeting meeting) =>
        Built(db, () => File(Sketch(meeting)));

    protected override void Forget()
    {
        _meetings.Clear();
        _byKey.Clear();
        _byPlace.Clear();
        _reportOn.Clear();
        _texts.Clear();
    }

    protected override void Load(LiteDatabase db)
    {
        // Only the fields matching reads, without the reports' sentences and without the object mapper.
        foreach (var document in ChunkedReads.All(
            db, Indexes.Meetings, "{ _id: $._id, Kind: $.Kind, Date: $.Date, Location: $.Location, P: $.ParticipantIds, R: ARRAY($.Reports[*].Published) }"))
        {
            StopIfClosed();
            File(Sketch(document));
        }
    }

    private void File(Meeting sketch)
    {
        // A meeting is filed again for every article reporting it, mostly under the keys it had: only what changed moves.
        // The keys it was filed under are those of its sketch then, worked out again rather than kept (7 MB at 100,000
        // bench articles).
        var (keys, before) = (_keys, _keysBefore);
        MeetingKeys.Of(sketch, keys);
        var filed = _meetings.GetValueOrDefault(sketch.Id);
        before.Clear();
        if (filed is not null)
        {
            MeetingKeys.Of(filed, before);
        }

        foreach (var key in before)
        {
            if (!keys.Contains(key))
            {
                _byKey.Remove(key, sketch.Id);
            }
        }

        foreach (var key in keys)
        {
            if (!before.Contains(key))
            {
                _byKey.Add(key, sketch.Id);
            }
        }

        // Folded only when the place changed: a meeting is filed again for every report, nearly always at the same place.
        if (filed?.Location != sketch.Location)
        {
            var placeBefore = filed?.Location is { } was ? ActorKeys.Fold(was) : null;
            var place = sketch.Location is { } now ? ActorKeys.Fold(now) : null;
            if (placeBefore is not null && _byPlace.TryGetValue(placeBefore, out var there) && there.Remove(sketch.Id) && there.Count == 0)
            {
                _byPlace.Remove(placeBefore);
            }

            if (place is not null)
            {
                if (!_byPlace.TryGetValue(place, out var here))
                {
                    _byPlace[place] = here = [];
                }

                here.Add(sketch.Id);
            }
        }

        _meetings[sketch.Id] = sketch;
    }

    // Under the lock.
    private Meeting Sketch(Meeting meeting) => new()
    {
        Id = meeting.Id,
        Kind = meeting.Kind,
        Date = Shared(meeting.Date),
        Location = Shared(meeting.Location),
        ParticipantIds = [.. meeting.ParticipantIds],
        Reports = [.. meeting.Reports.Select(r => ReportOn(r.Published))],
    };

    private Meeting Sketch(BsonDocument d) => new()
    {
        Id = d["_id"].AsInt32,
        Kind = Enum.Parse<MeetingKind>(d["Kind"].AsString),
        Date = Shared(d["Date"].IsNull ? null : d["Date"].AsString),
        Location = Shared(d["Location"].IsNull ? null : d["Location"].AsString),
        ParticipantIds = d["P"].AsArray.Select(p => p.AsInt32).ToList(),
        Reports = d["R"].AsArray
            .Select(r => ReportOn(Mapper.ToDateOnly(r)))
            .ToList(),
    };

    // A sketch's report says only its day; one object per day serves every sketch (7 MB at 100,000 bench articles).
    private MeetingReport ReportOn(DateOnly published)
    {
        if (!_reportOn.TryGetValue(published, out var report))
        {
            _reportOn[published] = report = new MeetingReport { Published = published };
        }

        return report;
    }

    private string? Shared(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (_texts.TryGetValue(text, out var known))
        {
            return known;
        }

        _texts.Add(text);
        return text;
    }
}
