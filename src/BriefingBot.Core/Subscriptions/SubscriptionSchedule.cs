using System.Globalization;

namespace BriefingBot.Core.Subscriptions;

/// <summary>
/// When a digest comes: daily or on one weekday, at a local time in an IANA zone. The local hour is kept
/// across daylight-saving changes, with the rules Quartz's cron triggers follow, so that what the bot
/// promises ("tomorrow at 08:00") is what the scheduler fires: a time the clocks skip fires when they
/// jump (02:30 on a 02:00–03:00 gap fires at 03:00); a time that happens twice fires the first time.
/// </summary>
public sealed record SubscriptionSchedule(DigestFrequency Frequency, DayOfWeek? Day, TimeOnly LocalTime, TimeZoneInfo Zone)
{
    public static SubscriptionSchedule Daily(TimeOnly time, TimeZoneInfo zone) => new(DigestFrequency.Daily, null, time, zone);

    public static SubscriptionSchedule Weekly(DayOfWeek day, TimeOnly time, TimeZoneInfo zone) => new(DigestFrequency.Weekly, day, time, zone);

    /// <summary>A Quartz cron expression (seconds first) for the local time; pair it with <see cref="Zone"/>.</summary>
    public string CronExpression => string.Create(
        CultureInfo.InvariantCulture,
        $"0 {LocalTime.Minute} {LocalTime.Hour} ? * {(Frequency == DigestFrequency.Weekly ? CronDay(Day!.Value) : "*")}");

    /// <summary>"daily at 08:00 Europe/Istanbul", "every Monday at 09:00 UTC".</summary>
    public string Describe() => Frequency == DigestFrequency.Weekly
        ? string.Create(CultureInfo.InvariantCulture, $"every {Day} at {LocalTime:HH\\:mm} {Zone.Id}")
        : string.Create(CultureInfo.InvariantCulture, $"daily at {LocalTime:HH\\:mm} {Zone.Id}");

    /// <summary>The first run strictly after <paramref name="instant"/>.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset instant)
    {
        var localDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);
        // A day either side covers every zone offset; a week more finds the weekday.
        for (var date = localDate.AddDays(-1); date <= localDate.AddDays(8); date = date.AddDays(1))
        {
            if (Frequency == DigestFrequency.Weekly && date.DayOfWeek != Day)
            {
                continue;
            }

            var run = Resolve(date.ToDateTime(LocalTime));
            if (run > instant)
            {
                return run;
            }
        }

        throw new InvalidOperationException("No run found within nine days; the schedule is inconsistent.");
    }

    /// <summary>How many runs fall in (<paramref name="after"/>, <paramref name="upTo"/>], and the latest of them.</summary>
    public (int Count, DateTimeOffset? Latest) RunsBetween(DateTimeOffset after, DateTimeOffset upTo)
    {
        var count = 0;
        DateTimeOffset? latest = null;
        var cursor = after;
        while (true)
        {
            var next = NextAfter(cursor);
            if (next > upTo)
            {
                return (count, latest);
            }

            count++;
            latest = next;
            cursor = next;
        }
    }

    private DateTimeOffset Resolve(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            // The clocks jumped over this time: fire when they jump, the first wall-clock minute that exists again.
            var end = local;
            while (Zone.IsInvalidTime(end))
            {
                end = end.AddMinutes(1);
            }

            return new DateTimeOffset(end, Zone.GetUtcOffset(end));
        }

        if (Zone.IsAmbiguousTime(local))
        {
            var first = Zone.GetAmbiguousTimeOffsets(local).Max();
            return new DateTimeOffset(local, first);
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    private static string CronDay(DayOfWeek day) => day.ToString()[..3].ToUpperInvariant();
}
