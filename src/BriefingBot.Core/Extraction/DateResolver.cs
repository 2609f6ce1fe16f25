using System.Globalization;
using System.Text.RegularExpressions;

using BriefingBot.Core.Meetings;

namespace BriefingBot.Core.Extraction;

/// <summary>
/// Finds the date a sentence gives and resolves it against the publication date: explicit dates
/// ("January 13, 2020", "10th march"), weekdays ("on Sunday", "Monday's"), "tomorrow", "four days ago",
/// "next month", "last September". <c>future</c> says whether the sentence speaks of a planned event.
/// </summary>
internal sealed partial class DateResolver
{
    private static readonly string[] s_numbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    private static readonly string[] s_months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public MeetingDate? Resolve(string text, DateOnly published, bool future)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Resolve(text, CueWords.Of(text), published, future);
    }

    /// <summary>
    /// As <see cref="Resolve(string, DateOnly, bool)"/>, with the cue words of <paramref name="text"/> or of a text
    /// around it already found: a pattern runs only where its words are (most clauses name no date at all).
    /// </summary>
    public MeetingDate? Resolve(string text, Cue cues, DateOnly published, bool future)
    {
        var full = (cues & (Cue.Month | Cue.Digit)) == (Cue.Month | Cue.Digit) ? FullDate().Match(text) : Match.Empty;
        if (full.Success)
        {
            var month = MonthNumber(full.Groups["m1"].Success ? full.Groups["m1"].Value : full.Groups["m2"].Value);
            var day = int.Parse(full.Groups["d1"].Success ? full.Groups["d1"].Value : full.Groups["d2"].Value, CultureInfo.InvariantCulture);
            int year;
            if (full.Groups["y"].Success)
            {
                year = int.Parse(full.Groups["y"].Value, CultureInfo.InvariantCulture);
            }
            else
            {
                year = published.Year;
                if (day <= DateTime.DaysInMonth(year, month))
                {
                    var guess = new DateOnly(year, month, day);
                    year += future && guess < published.AddDays(-60) ? 1 : !future && guess > published.AddDays(14) ? -1 : 0;
                }
            }

            if (day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                return MeetingDate.FromDate(new DateOnly(year, month, day));
            }
        }

        var relative = (cues & Cue.RelativeDay) != 0 ? Relative().Match(text) : Match.Empty;
        if (relative.Success)
        {
            var word = relative.Value.ToLowerInvariant();
            var offset = word.StartsWith("tomorrow", StringComparison.Ordinal) ? 1 : word.StartsWith("yesterday", StringComparison.Ordinal) ? -1 : 0;
            return MeetingDate.FromDate(published.AddDays(offset));
        }

        var ago = (cues & Cue.DayOrWeek) != 0 ? DaysAgo().Match(text) : Match.Empty;
        if (ago.Success)
        {
            var n = Number(ago.Groups["n"].Value);
            var days = ago.Groups["unit"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? n * 7 : n;
            return MeetingDate.FromDate(published.AddDays(ago.Groups["dir"].Value.Equals("ago", StringComparison.OrdinalIgnoreCase) ? -days : days));
        }

        var weekday = (cues & Cue.Weekday) != 0 ? Weekday().Match(text) : Match.Empty;
        if (weekday.Success)
        {
            var target = Enum.Parse<DayOfWeek>(weekday.Groups["day"].Value, ignoreCase: true);
            var modifier = weekday.Groups["mod"].Value.ToLowerInvariant();
            var forward = modifier == "next" || (modifier != "last" && future);
            var delta = ((int)target - (int)published.DayOfWeek + 7) % 7;
            var date = forward ? published.AddDays(delta) : published.AddDays(delta == 0 ? 0 : delta - 7);
            if (modifier == "next" && delta == 0)
            {
                date = published.AddDays(7);
            }
            else if (modifier == "last" && delta == 0)
            {
                date = published.AddDays(-7);
            }

            return MeetingDate.FromDate(date);
        }

        return ResolveMonth(text, cues, published, future);
    }

    private static MeetingDate? ResolveMonth(string text, Cue cues, DateOnly published, bool future)
    {
        var relativeMonth = (cues & Cue.MonthWord) != 0 ? RelativeMonth().Match(text) : Match.Empty;
        if (relativeMonth.Success)
        {
            var shift = relativeMonth.Groups["mod"].Value.ToLowerInvariant() switch
            {
                "next" or "coming" => 1,
                "last" or "previous" => -1,
                _ => 0,
            };
            var month = new DateOnly(published.Year, published.Month, 1).AddMonths(shift);
            return new MeetingDate(month.Year, month.Month, null);
        }

        var named = (cues & Cue.Month) != 0 ? NamedMonth().Match(text) : Match.Empty;
        if (named.Success)
        {
            var m = MonthNumber(named.Groups["month"].Value);
            if (named.Groups["y"].Success)
            {
                return new MeetingDate(int.Parse(named.Groups["y"].Value, CultureInfo.InvariantCulture), m, null);
            }

            var modifier = named.Groups["mod"].Value.ToLowerInvariant();
            var year = published.Year;
            if (modifier == "last" && m >= published.Month)
            {
                year--;
            }
            else if ((modifier == "next" || future) && m < published.Month)
            {
                year++;
            }
            else if (modifier is "" or "in" && !future && m > published.Month)
            {
                year--;
            }

            return new MeetingDate(year, m, null);
        }

        return null;
    }

    // A table rather than DateTime.ParseExact, which reads the clock and the local time zone on every call.
    private static int MonthNumber(string name) => Array.IndexOf(s_months, name[..3].ToLowerInvariant()) + 1;

    private static int Number(string word) =>
        int.TryParse(word, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : Math.Max(0, Array.IndexOf(s_numbers, word.ToLowerInvariant()));

    private const string MonthPattern = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)";

    [GeneratedRegex(@"\b(?:(?<m1>" + MonthPattern + @")\.?\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?\b|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m2>" + MonthPattern + @")\b)(?:,?\s+(?<y>(?:19|20)\d\d))?", RegexOptions.IgnoreCase)]
    internal static partial Regex FullDate();

    [GeneratedRegex(@"\b(today|tonight|tomorrow|yesterday|this (morning|afternoon|evening))\b", RegexOptions.IgnoreCase)]
    internal static partial Regex Relative();

    [GeneratedRegex(@"\b(?<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?<unit>days?|weeks?)\s+(?<dir>ago|later|from now)\b|\bin\s+(?<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?<unit>days?|weeks?)(?<dir>)", RegexOptions.IgnoreCase)]
    internal static partial Regex DaysAgo();

    [GeneratedRegex(@"\b(?:(?<mod>last|next|this|on|coming)\s+)?(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex Weekday();

    [GeneratedRegex(@"\b(?<mod>next|last|this|coming|previous)\s+month\b", RegexOptions.IgnoreCase)]
    internal static partial Regex RelativeMonth();

    [GeneratedRegex(@"\b(?:(?<mod>(?i:last|next|this|in|early|late|mid))[\s-]+)?(?<month>January|February|March|April|June|July|August|September|October|November|December)\b(?:\s+(?<y>(?:19|20)\d\d))?")]
    internal static partial Regex NamedMonth();
}
