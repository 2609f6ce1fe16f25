using BriefingBot.Core.Subscriptions;
using Quartz;

namespace BriefingBot.Tests.Scheduling;

public sealed class ScheduleAgreesWithQuartzTests
{
    [Theory]
    [InlineData("Europe/London", 8, 0, null)]
    [InlineData("Europe/London", 1, 30, null)]
    [InlineData("America/New_York", 2, 15, null)]
    [InlineData("America/New_York", 1, 30, null)]
    [InlineData("Europe/Istanbul", 9, 0, DayOfWeek.Monday)]
    [InlineData("Australia/Sydney", 2, 30, DayOfWeek.Sunday)]
    public void What_the_bot_promises_is_what_the_cron_trigger_fires_across_daylight_saving_changes(string zoneId, int hour, int minute, DayOfWeek? day)
    {
        var zone = Core.Subscriptions.TimeZones.Find(zoneId);
        var schedule = day is { } d
            ? SubscriptionSchedule.Weekly(d, new TimeOnly(hour, minute), zone)
            : SubscriptionSchedule.Daily(new TimeOnly(hour, minute), zone);
        var start = new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var trigger = TriggerBuilder.Create()
            .WithIdentity("agreement")
            .ForJob("digest")
            .WithCronSchedule(schedule.CronExpression, cron => cron.InTimeZone(zone))
            .StartAt(start)
            .Build();

        // A year of runs covers both changes in every zone.
        var ours = start;
        var quartz = ours;
        for (var i = 0; i < (day is null ? 366 : 53); i++)
        {
            ours = schedule.NextAfter(ours);
            quartz = trigger.GetFireTimeAfter(quartz)!.Value;
            Assert.Equal(quartz.UtcDateTime, ours.UtcDateTime);
        }
    }
}
