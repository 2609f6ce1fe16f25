using BriefingBot.Core.Meetings;

namespace BriefingBot.Storage;

/// <summary>
/// Lookup keys that narrow the meetings a new report could match (see <see cref="MeetingMatcher"/>) to those of the
/// same participant on a compatible date, instead of every meeting of that participant: a popular minister has
/// thousands, and checking them all for every new article made ingestion slow down as the store grew.
/// A key is a participant, a kind and a number: the meeting's day, its month, its month when the date names no day,
/// the week of a report's publication, or the same for an undated meeting (weeks rather than days, so a report's
/// ±10-day window is 3-4 lookups per participant, not 21). The keys asked for are a superset of what the matcher accepts.
/// </summary>
internal static class MeetingKeys
{
    public enum Kind : byte
    {
        Day,
        Month,
        MonthOnly,
        ReportWeek,
        UndatedWeek,
    }

    /// <summary>
    /// Fills <paramref name="keys"/> (emptied first) with the meeting's keys, each once. A list the caller keeps: the
    /// index works out a meeting's keys twice each time it files it again (as it was, as it is).
    /// </summary>
    public static void Of(Meeting meeting, List<Key> keys)
    {
        keys.Clear();
        var dated = MeetingDate.TryParse(meeting.Date, out var date);
        // A much-reported meeting keeps up to 50 reports, nearly all from the same few weeks: its weeks are listed once
        // before the keys are made. Listing a key per participant and report and dropping repeats cost 8% of the whole
        // ingestion's processor time.
        var reports = meeting.Reports;
        Span<int> weeks = reports.Count <= 64 ? stackalloc int[reports.Count] : new int[reports.Count];
        var weekCount = 0;
        for (var r = 0; r < reports.Count; r++)
        {
            var week = Week(reports[r].Published);
            if (!weeks[..weekCount].Contains(week))
            {
                weeks[weekCount++] = week;
            }
        }

        var participants = meeting.ParticipantIds;
        for (var i = 0; i < participants.Count; i++)
        {
            var p = participants[i];
            if (participants.IndexOf(p) < i)
            {
                continue;
            }

            if (dated)
            {
                keys.Add(new Key(p, Kind.Month, Month(date)));
                keys.Add(date.Day is int day ? new Key(p, Kind.Day, Day(date, day)) : new Key(p, Kind.MonthOnly, Month(date)));
            }

            foreach (var week in weeks[..weekCount])
            {
                keys.Add(new Key(p, Kind.ReportWeek, week));
                if (!dated)
                {
                    keys.Add(new Key(p, Kind.UndatedWeek, week));
                }
            }
        }
    }

    /// <summary>The keys under which a meeting matching a report of <paramref name="date"/>, published then, is found.</summary>
    public static IEnumerable<Key> Query(int participant, MeetingDate? date, DateOnly published, int windowDays)
    {
        var first = Week(published.AddDays(-windowDays));
        var weeks = Enumerable.Range(first, Week(published.AddDays(windowDays)) - first + 1);
        if (date is not { } d)
        {
            return weeks.Select(week => new Key(participant, Kind.ReportWeek, week));
        }

        Key[] dated = d.Day is int day
            ? [new Key(participant, Kind.Day, Day(d, day)), new Key(participant, Kind.MonthOnly, Month(d))]
            : [new Key(participant, Kind.Month, Month(d))];
        return dated.Concat(weeks.Select(week => new Key(participant, Kind.UndatedWeek, week)));
    }

    private static int Month(MeetingDate date) => (date.Year * 12) + date.Month - 1;

    // A number per calendar day (not a day count: a date is never checked here, only told apart).
    private static int Day(MeetingDate date, int day) => (Month(date) * 31) + day;

    private static int Week(DateOnly day) => day.DayNumber / 7;

    /// <summary>One lookup key: a participant, what the number means, the number.</summary>
    public readonly record struct Key(int Participant, Kind Kind, int Value);
}
