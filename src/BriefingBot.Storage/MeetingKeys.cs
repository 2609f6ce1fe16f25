using BriefingBot.Core.Meetings;
using System.Runtime.InteropServices;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>
/// Lookup keys that narrow the meetings a new report could match (see <see cref="MeetingMatcher"/>) to those of the
/// same participant on a compatible date, instead of every meeting of that participant: a popular minister has
/// thousands, and loading them all for every new article made ingestion slow down as the store grew.
/// Keys are "participant|kind|date": d = the meeting's day, m = its month, o = month-only date, r = the week of a
/// report's publication, u = the same for an undated meeting (weeks rather than days, so a report's ±10-day window
/// is 3-4 lookups per participant, not 21). The keys asked for are a superset of what the matcher accepts.
/// </summary>
/// Each key has posting blocks listing its meetings, so a lookup is a short primary-key range read, not a multikey
/// index scan that loads the key lists of every meeting found; each meeting's own keys are kept to update the
/// postings when they change.
internal static class MeetingKeys
{
    public static void Write(LiteDatabase db, Meeting meeting)
    {
        var own = db.GetCollection(Indexes.MeetingKeys);
        var before = own.FindById(meeting.Id)?["Keys"].AsArray.Select(k => k.AsString).ToHashSet(StringComparer.Ordinal) ?? [];
        var after = Of(meeting).ToHashSet(StringComparer.Ordinal);
        if (before.SetEquals(after))
        {
            return;
        }

        foreach (var key in after.Except(before))
        {
            Post(db, key, meeting.Id, add: true);
        }

        foreach (var key in before.Except(after))
        {
            Post(db, key, meeting.Id, add: false);
        }

        own.Upsert(new BsonDocument { ["_id"] = meeting.Id, ["Keys"] = new BsonArray(after.Order(StringComparer.Ordinal).Select(k => new BsonValue(k))) });
    }

    public static void Delete(LiteDatabase db, int meetingId)
    {
        var own = db.GetCollection(Indexes.MeetingKeys);
        foreach (var key in own.FindById(meetingId)?["Keys"].AsArray.Select(k => k.AsString) ?? [])
        {
            Post(db, key, meetingId, add: false);
        }

        own.Delete(meetingId);
    }

    /// <summary>The meetings filed under a key.</summary>
    public static IEnumerable<int> Find(LiteDatabase db, string key) =>
        Blocks(db, key).SelectMany(b => MemoryMarshal.Cast<byte, int>(b["Ids"].AsBinary).ToArray());

    // A key's meetings are kept in blocks of at most BlockIds, appended to the last: a busy minister's month key
    // holds thousands, and rewriting one ever-growing document per new meeting made ingestion slow down with the store.
    private const int BlockIds = 256;

    /// <summary>A key's posting documents, <c>key#NNNNNN</c>, each listing up to 256 meeting ids.</summary>
    internal static IEnumerable<BsonDocument> Blocks(LiteDatabase db, string key) =>
        db.GetCollection(Indexes.MeetingKeyPostings).Find(Filters.StartsWith("_id", key + "#"));

    /// <summary>The number of a posting document of <paramref name="key"/>, from its id.</summary>
    internal static int BlockNumber(string key, string documentId) =>
        int.Parse(documentId.AsSpan(key.Length + 1), System.Globalization.CultureInfo.InvariantCulture);

    private static void Post(LiteDatabase db, string key, int meetingId, bool add)
    {
        var postings = db.GetCollection(Indexes.MeetingKeyPostings);
        if (add)
        {
            // Block names sort by number; a key has few blocks, each a small binary list.
            var last = Blocks(db, key).MaxBy(b => b["_id"].AsString, StringComparer.Ordinal);
            var ids = last is null ? [] : MemoryMarshal.Cast<byte, int>(last["Ids"].AsBinary).ToArray().ToList();
            if (ids.Contains(meetingId))
            {
                return;
            }

            if (last is not null && ids.Count < BlockIds)
            {
                ids.Add(meetingId);
                last["Ids"] = MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(ids)).ToArray();
                postings.Update(last);
            }
            else
            {
                var number = last is null ? 0 : BlockNumber(key, last["_id"].AsString) + 1;
                postings.Insert(new BsonDocument { ["_id"] = $"{key}#{number:D6}", ["Ids"] = BitConverter.GetBytes(meetingId) });
            }

            return;
        }

        foreach (var block in Blocks(db, key).ToList())
        {
            var ids = MemoryMarshal.Cast<byte, int>(block["Ids"].AsBinary).ToArray().ToList();
            if (!ids.Remove(meetingId))
            {
                continue;
            }

            if (ids.Count == 0)
            {
                postings.Delete(block["_id"]);
            }
            else
            {
                block["Ids"] = MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(ids)).ToArray();
                postings.Update(block);
            }
        }
    }

    public static IEnumerable<string> Of(Meeting meeting)
    {
        var dated = MeetingDate.TryParse(meeting.Date, out var date);
        var days = meeting.Reports.Select(r => r.Published).Distinct().ToList();
        foreach (var p in meeting.ParticipantIds.Distinct())
        {
            if (dated)
            {
                yield return $"{p}|m|{date.Year:D4}-{date.Month:D2}";
                yield return date.Day is null ? $"{p}|o|{date.Year:D4}-{date.Month:D2}" : $"{p}|d|{date}";
            }

            foreach (var week in days.Select(Week).Distinct())
            {
                yield return $"{p}|r|{week}";
                if (!dated)
                {
                    yield return $"{p}|u|{week}";
                }
            }
        }
    }

    /// <summary>The keys under which a meeting matching a report of <paramref name="date"/>, published then, is found.</summary>
    public static IEnumerable<string> Query(int participant, MeetingDate? date, DateOnly published, int windowDays)
    {
        var window = Enumerable.Range(Week(published.AddDays(-windowDays)), Week(published.AddDays(windowDays)) - Week(published.AddDays(-windowDays)) + 1);
        if (date is not { } d)
        {
            return window.Select(week => $"{participant}|r|{week}");
        }

        var month = $"{d.Year:D4}-{d.Month:D2}";
        var dated = d.Day is null ? [$"{participant}|m|{month}"] : new[] { $"{participant}|d|{d}", $"{participant}|o|{month}" };
        return dated.Concat(window.Select(week => $"{participant}|u|{week}"));
    }

    private static int Week(DateOnly day) => day.DayNumber / 7;
}
