using System.Globalization;
using Humanizer;

namespace BriefingBot.Core.Subscriptions;

/// <summary>Says when a run comes, the way a person would: "tomorrow at 08:00 (in 13 hours)".</summary>
public static class RunTimeText
{
    private static readonly CultureInfo s_english = CultureInfo.GetCultureInfo("en");

    public static string Describe(DateTimeOffset run, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var localRun = TimeZoneInfo.ConvertTime(run, zone);
        var localNow = TimeZoneInfo.ConvertTime(now, zone);
        var days = DateOnly.FromDateTime(localRun.DateTime).DayNumber - DateOnly.FromDateTime(localNow.DateTime).DayNumber;
        var time = localRun.ToString("HH:mm", CultureInfo.InvariantCulture);
        var when = days switch
        {
            0 => $"today at {time}",
            1 => $"tomorrow at {time}",
            < 7 => $"on {localRun.ToString("dddd", CultureInfo.InvariantCulture)} at {time}",
            _ => $"on {localRun.ToString("dddd d MMMM", CultureInfo.InvariantCulture)} at {time}",
        };
        return $"{when} ({In(run - now)})";
    }

    /// <summary>A past moment: "yesterday at 08:00 (13 hours ago)", "on Monday at 09:00 (2 days ago)".</summary>
    public static string DescribePast(DateTimeOffset moment, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(moment, zone);
        var localNow = TimeZoneInfo.ConvertTime(now, zone);
        var days = DateOnly.FromDateTime(localNow.DateTime).DayNumber - DateOnly.FromDateTime(local.DateTime).DayNumber;
        var time = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        var when = days switch
        {
            <= 0 => $"today at {time}",
            1 => $"yesterday at {time}",
            < 7 => $"on {local.ToString("dddd", CultureInfo.InvariantCulture)} at {time}",
            _ => $"on {local.ToString("dddd d MMMM", CultureInfo.InvariantCulture)} at {time}",
        };
        var ago = now - moment < TimeSpan.FromMinutes(1)
            ? "just now"
            : (now - moment).Humanize(precision: 1, culture: s_english, maxUnit: Humanizer.TimeUnit.Day, minUnit: Humanizer.TimeUnit.Minute) + " ago";
        return $"{when} ({ago})";
    }

    /// <summary>"in 13 hours", "in 5 minutes", "in less than a minute".</summary>
    public static string In(TimeSpan span) => span < TimeSpan.FromMinutes(1)
        ? "in less than a minute"
        : "in " + span.Humanize(precision: 1, culture: s_english, maxUnit: Humanizer.TimeUnit.Day, minUnit: Humanizer.TimeUnit.Minute);
}
