using System.Globalization;

namespace BriefingBot.Core.Meetings;

/// <summary>A date known to the day, or only to the month ("next month").</summary>
public readonly record struct MeetingDate(int Year, int Month, int? Day)
{
    public static MeetingDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>The date as ISO text: <c>2022-03-10</c>, or <c>2022-03</c> when only the month is known.</summary>
    public override string ToString() => Day is int day
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{day:D2}")
        : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    public static bool TryParse(string? text, out MeetingDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = FromDate(day);
            return true;
        }

        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            date = new MeetingDate(month.Year, month.Month, null);
            return true;
        }

        return false;
    }

    /// <summary>Human text: "Thursday 10 March 2022" or "March 2022".</summary>
    public string ToDisplay() => Day is int d
        ? new DateOnly(Year, Month, d).ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)
        : new DateOnly(Year, Month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
