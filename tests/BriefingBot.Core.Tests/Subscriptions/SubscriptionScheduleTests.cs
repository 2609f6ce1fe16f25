using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Core.Tests.Subscriptions;

public sealed class SubscriptionScheduleTests
{
    private static readonly TimeZoneInfo s_london = TimeZones.Find("Europe/London");
    private static readonly TimeZoneInfo s_istanbul = TimeZones.Find("Europe/Istanbul");
    private static readonly TimeZoneInfo s_newYork = TimeZones.Find("America/New_York");

    [Fact]
    public void Daily_schedule_keeps_the_local_hour_across_the_spring_change()
    {
        var schedule = SubscriptionSchedule.Daily(new TimeOnly(8, 0), s_london);

        // London moves to BST on Sunday 27 March 2022: 08:00 is 08:00 GMT before and 07:00 UTC after.
        var saturday = schedule.NextAfter(new DateTimeOffset(2022, 3, 25, 12, 0, 0, TimeSpan.Zero));
        var sunday = schedule.NextAfter(saturday);
        var monday = schedule.NextAfter(sunday);

        Assert.Equal(new DateTimeOffset(2022, 3, 26, 8, 0, 0, TimeSpan.Zero), saturday);
        Assert.Equal(new DateTimeOffset(2022, 3, 27, 8, 0, 0, TimeSpan.FromHours(1)), sunday);
        Assert.Equal(new DateTimeOffset(2022, 3, 28, 8, 0, 0, TimeSpan.FromHours(1)), monday);
        Assert.Equal(TimeSpan.FromHours(23), sunday - saturday);
    }

    [Fact]
    public void Daily_schedule_keeps_the_local_hour_across_the_autumn_change()
    {
        var schedule = SubscriptionSchedule.Daily(new TimeOnly(9, 30), s_newYork);

        // New York leaves daylight time on Sunday 6 November 2022.
        var sunday = schedule.NextAfter(new DateTimeOffset(2022, 11, 5, 20, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2022, 11, 6, 9, 30, 0, TimeSpan.FromHours(-5)), sunday);
        Assert.Equal(TimeSpan.FromHours(25), sunday - new DateTimeOffset(2022, 11, 5, 9, 30, 0, TimeSpan.FromHours(-4)));
    }

    [Fact]
    public void A_time_the_clocks_skip_fires_when_they_jump_and_a_doubled_time_fires_once()
    {
        var skipped = SubscriptionSchedule.Daily(new TimeOnly(1, 30), s_london);
        var doubled = SubscriptionSchedule.Daily(new TimeOnly(1, 30), s_london);

        var spring = skipped.NextAfter(new DateTimeOffset(2022, 3, 26, 12, 0, 0, TimeSpan.Zero));
        var autumn = doubled.NextAfter(new DateTimeOffset(2022, 10, 29, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2022, 3, 27, 1, 0, 0, TimeSpan.Zero), spring); // 02:00 BST, when the clocks jump
        Assert.Equal(new DateTimeOffset(2022, 10, 30, 0, 30, 0, TimeSpan.Zero), autumn); // the first 01:30 (BST)
        Assert.Equal(new DateTimeOffset(2022, 10, 31, 1, 30, 0, TimeSpan.Zero), doubled.NextAfter(autumn));
    }

    [Fact]
    public void Weekly_schedule_comes_on_its_day_in_its_zone()
    {
        var schedule = SubscriptionSchedule.Weekly(DayOfWeek.Monday, new TimeOnly(9, 0), s_istanbul);

        // Monday 7 March 2022 06:00 UTC is 09:00 in Istanbul: exactly then is not "after", so next week.
        var first = schedule.NextAfter(new DateTimeOffset(2022, 3, 2, 10, 0, 0, TimeSpan.Zero));
        var second = schedule.NextAfter(first);

        Assert.Equal(new DateTimeOffset(2022, 3, 7, 6, 0, 0, TimeSpan.Zero), first);
        Assert.Equal(first.AddDays(7), second);
        Assert.Equal("0 0 9 ? * MON", schedule.CronExpression);
        Assert.Equal("every Monday at 09:00 Europe/Istanbul", schedule.Describe());
    }

    [Fact]
    public void Runs_between_counts_every_missed_run_and_names_the_latest()
    {
        var schedule = SubscriptionSchedule.Daily(new TimeOnly(8, 0), TimeZoneInfo.Utc);

        var (count, latest) = schedule.RunsBetween(
            new DateTimeOffset(2022, 3, 7, 8, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2022, 3, 10, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(3, count);
        Assert.Equal(new DateTimeOffset(2022, 3, 10, 8, 0, 0, TimeSpan.Zero), latest);
        Assert.Equal("0 0 8 ? * *", schedule.CronExpression);
    }

    [Fact]
    public void First_run_is_told_in_words_and_hours()
    {
        var now = new DateTimeOffset(2022, 3, 9, 16, 0, 0, TimeSpan.Zero); // 19:00 in Istanbul
        var schedule = SubscriptionSchedule.Daily(new TimeOnly(8, 0), s_istanbul);

        var text = RunTimeText.Describe(schedule.NextAfter(now), s_istanbul, now);

        Assert.Equal("tomorrow at 08:00 (in 13 hours)", text);
    }
}
