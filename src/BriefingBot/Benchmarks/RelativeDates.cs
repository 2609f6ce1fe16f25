using System.Globalization;

namespace BriefingBot.Benchmarks;

/// <summary>How a reporter dates an event relative to publication: "on Sunday", "yesterday", "four days ago", "next month".</summary>
internal static class RelativeDates
{
    private static readonly string[] s_counts = ["zero", "one", "two", "three", "four", "five", "six"];

    public static string Phrase(DateOnly published, int offset, Random random)
    {
        var date = published.AddDays(offset);
        var weekday = date.DayOfWeek.ToString();
        return offset switch
        {
            0 => random.Next(2) == 0 ? "today" : $"on {weekday}",
            -1 => random.Next(2) == 0 ? "yesterday" : $"on {weekday}",
            < -1 => random.Next(2) == 0 ? $"{s_counts[-offset]} days ago" : $"on {weekday}",
            1 => "tomorrow",
            < 7 => $"on {weekday}",
            < 14 => random.Next(2) == 0 ? "next week" : $"on {weekday}, {date.ToString("d MMMM", CultureInfo.InvariantCulture)}",
            _ => date.Month != published.Month && random.Next(2) == 0 ? "next month" : $"on {date.ToString("d MMMM", CultureInfo.InvariantCulture)}",
        };
    }
}
