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
    private readonly Dictionary<int, (Meeting Sketch, MeetingKeys.Key[] Keys)> _meetings = [];
    private readonly Dictionary<MeetingKeys.Key, List<int>> _byKey = [];
    // By place (folded), for "/meetings Tokyo".
    private readonly Dictionary<string, HashSet<int>> _byPlace = new(StringComparer.Ordinal);

    /// <summary>The ids of the meetings held (or to be held) at this place, newest first.</summary>
    public List<int> At(LiteDatabase db, string place) =>
        Built<List<int>>(db, () => _byPlace.TryGetValue(ActorKeys.Fold(place), out var ids) ? [.. ids.OrderDescending()] : []);

    /// <summary>The sketches of the meetings filed under the keys of any of these participants, in id order.</summary>
    public List<Meeting> Candidates(LiteDatabase db, IEnumerable<int> participantIds, MeetingDate? date, DateOnly published)
    {
        return Built(db, () =>
        {
            return participantIds.Distinct()
                .SelectMany(p => MeetingKeys.Query(p, date, published, MeetingMatcher.UndatedWindowDays))
                .SelectMany(k => _byKey.TryGetValue(k, out var ids) ? ids : [])
                .Distinct()
                .Order()
                .Select(id => _meetings[id].Sketch)
                .ToList();
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
    }

    protected override void Load(LiteDatabase db)
    {
        // Only the fields matching reads, without the reports' sentences and without the object mapper.
        foreach (var document in db.GetCollection(Indexes.Meetings).Query()
            .Select("{ _id: $._id, Kind: $.Kind, Date: $.Date, Location: $.Location, P: $.ParticipantIds, R: ARRAY($.Reports[*].Published) }")
            .ToEnumerable())
        {
            StopIfClosed();
            File(Sketch(document));
        }
    }

    private void File(Meeting sketch)
    {
        // A meeting is filed again for every article reporting it, mostly under the keys it had: only what changed moves.
        var keys = MeetingKeys.Of(sketch).Distinct().ToArray();
        var before = _meetings.TryGetValue(sketch.Id, out var filed) ? filed.Keys : [];
        foreach (var key in before)
        {
            if (Array.IndexOf(keys, key) < 0 && _byKey.TryGetValue(key, out var ids) && ids.Remove(sketch.Id) && ids.Count == 0)
            {
                _byKey.Remove(key);
            }
        }

        foreach (var key in keys)
        {
            if (Array.IndexOf(before, key) >= 0)
            {
                continue;
            }

            if (!_byKey.TryGetValue(key, out var ids))
            {
                _byKey[key] = ids = new List<int>(1);
            }

            ids.Add(sketch.Id);
        }

        // Folded only when the place changed: a meeting is filed again for every report, nearly always at the same place.
        if (filed.Sketch?.Location != sketch.Location)
        {
            var placeBefore = filed.Sketch?.Location is { } was ? ActorKeys.Fold(was) : null;
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

        _meetings[sketch.Id] = (sketch, keys);
    }

    private static Meeting Sketch(Meeting meeting) => new()
    {
        Id = meeting.Id,
        Kind = meeting.Kind,
        Date = meeting.Date,
        Location = meeting.Location,
        ParticipantIds = [.. meeting.ParticipantIds],
        Reports = [.. meeting.Reports.Select(r => new MeetingReport { Published = r.Published })],
    };

    private static Meeting Sketch(BsonDocument d) => new()
    {
        Id = d["_id"].AsInt32,
        Kind = Enum.Parse<MeetingKind>(d["Kind"].AsString),
        Date = d["Date"].IsNull ? null : d["Date"].AsString,
        Location = d["Location"].IsNull ? null : d["Location"].AsString,
        ParticipantIds = d["P"].AsArray.Select(p => p.AsInt32).ToList(),
        Reports = d["R"].AsArray
            .Select(r => new MeetingReport { Published = Mapper.ToDateOnly(r) })
            .ToList(),
    };
}
