using BriefingBot.Core.Meetings;
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
internal static class MeetingKeys
{
    public static void Write(LiteDatabase db, Meeting meeting) =>
        db.GetCollection(Indexes.MeetingKeys).Upsert(new BsonDocument
        {
            ["_id"] = meeting.Id,
            ["Keys"] = new BsonArray(Of(meeting).Select(k => new BsonValue(k))),
        });

    public static void Delete(LiteDatabase db, int meetingId) => db.GetCollection(Indexes.MeetingKeys).Delete(meetingId);

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
