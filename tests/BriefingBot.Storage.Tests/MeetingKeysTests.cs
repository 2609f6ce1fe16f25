using BriefingBot.Core.Meetings;

namespace BriefingBot.Storage.Tests;

public sealed class MeetingKeysTests
{
    [Fact]
    public void A_dated_meeting_is_filed_under_its_month_its_day_and_each_week_it_was_reported_each_key_once()
    {
        var meeting = new Meeting
        {
            Date = "2026-03-04",
            ParticipantIds = [7, 9, 7],
            Reports = [Report(2026, 3, 2), Report(2026, 3, 3), Report(2026, 3, 12)],
        };
        var keys = new List<MeetingKeys.Key> { new(1, MeetingKeys.Kind.Day, 1) };

        MeetingKeys.Of(meeting, keys);

        // Per participant: month, day, and the two weeks of its reports (2 and 3 March fall in one week).
        Assert.Equal(8, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.DoesNotContain(new MeetingKeys.Key(1, MeetingKeys.Kind.Day, 1), keys);
        Assert.All(keys, k => Assert.Contains(k.Participant, new[] { 7, 9 }));
        Assert.Equal(2, keys.Count(k => k.Participant == 7 && k.Kind == MeetingKeys.Kind.ReportWeek));
        Assert.DoesNotContain(keys, k => k.Kind is MeetingKeys.Kind.UndatedWeek or MeetingKeys.Kind.MonthOnly);
    }

    [Fact]
    public void An_undated_meeting_is_filed_under_the_weeks_of_its_reports_and_found_by_a_report_of_the_same_days()
    {
        var meeting = new Meeting { ParticipantIds = [3], Reports = [Report(2026, 5, 6)] };
        var keys = new List<MeetingKeys.Key>();

        MeetingKeys.Of(meeting, keys);

        Assert.Equal([MeetingKeys.Kind.ReportWeek, MeetingKeys.Kind.UndatedWeek], keys.Select(k => k.Kind));
        // A report without a date, published two days later, asks for the keys it is filed under.
        var asked = MeetingKeys.Query(3, date: null, new DateOnly(2026, 5, 8), MeetingMatcher.UndatedWindowDays).ToList();
        Assert.Contains(keys[0], asked);
    }

    [Fact]
    public void A_meeting_with_many_reports_is_filed_under_each_of_their_weeks_once()
    {
        // More reports than a meeting keeps after a write (50), as a store written before that limit may hold.
        var reports = Enumerable.Range(0, 80).Select(i => Report(2026, 6, 1 + (i % 21))).ToList();
        var meeting = new Meeting { ParticipantIds = [4, 5], Reports = reports };
        var keys = new List<MeetingKeys.Key>();

        MeetingKeys.Of(meeting, keys);

        // 1-21 June 2026 falls in three of the index's weeks (counted from 1 January 0001): undated, so two keys a week.
        var weeks = reports.Select(r => r.Published.DayNumber / 7).Distinct().Count();
        Assert.Equal(3, weeks);
        Assert.Equal(2 * weeks * 2, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    private static MeetingReport Report(int year, int month, int day) => new() { Published = new DateOnly(year, month, day) };
}
