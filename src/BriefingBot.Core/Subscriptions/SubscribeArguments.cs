using System.Globalization;
using System.Text;

namespace BriefingBot.Core.Subscriptions;

/// <summary>
/// Reads <c>/subscribe</c> arguments in any order: <c>daily</c> or <c>weekly mon</c>, <c>08:00</c>,
/// an IANA zone, <c>topic:Lavrov</c> or <c>topic:"Black Sea"</c>. A mistake comes back as a sentence
/// saying what was wrong.
/// </summary>
public static class SubscribeArguments
{
    public const string Example = "/subscribe weekly mon 09:00 Europe/Istanbul topic:Turkey";

    private static readonly TimeOnly s_defaultTime = new(8, 0);

    public static bool TryParse(string arguments, out SubscribeRequest request, out string mistake)
    {
        request = new SubscribeRequest(DigestFrequency.Daily, null, s_defaultTime, null, null);
        mistake = "";
        DigestFrequency? frequency = null;
        DayOfWeek? day = null;
        TimeOnly? time = null;
        TimeZoneInfo? zone = null;
        string? topic = null;

        var tokens = Tokenize(arguments ?? "");
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var lower = token.ToLowerInvariant();
            if (lower.StartsWith("topic:", StringComparison.Ordinal))
            {
                topic = token["topic:".Length..].Trim();
                if (topic.Length == 0)
                {
                    mistake = "The topic is empty. Put a name or words after topic:, in quotes if they have spaces.";
                    return false;
                }
            }
            else if (lower is "daily" or "weekly")
            {
                frequency = lower == "daily" ? DigestFrequency.Daily : DigestFrequency.Weekly;
                if (frequency == DigestFrequency.Weekly)
                {
                    if (i + 1 >= tokens.Count || !TryWeekday(tokens[i + 1], out var weekday))
                    {
                        mistake = i + 1 < tokens.Count && char.IsLetter(tokens[i + 1][0]) && !TimeZones.LooksLikeZone(tokens[i + 1]) && !tokens[i + 1].Contains(':', StringComparison.Ordinal)
                            ? $"I don't know the weekday \"{tokens[i + 1]}\". Use mon, tue, wed, thu, fri, sat or sun."
                            : "A weekly digest needs a day after \"weekly\": mon, tue, wed, thu, fri, sat or sun.";
                        return false;
                    }

                    day = weekday;
                    i++;
                }
            }
            else if (TryWeekday(token, out var bareDay))
            {
                frequency = DigestFrequency.Weekly;
                day = bareDay;
            }
            else if (LooksLikeTime(token))
            {
                if (!TryTime(token, out var parsed))
                {
                    mistake = $"\"{token}\" is not a time of day. Use 24-hour hours and minutes, 00:00 to 23:59.";
                    return false;
                }

                time = parsed;
            }
            else if (TimeZones.LooksLikeZone(token))
            {
                if (!TimeZones.TryFind(token, out var found))
                {
                    mistake = $"I don't know the time zone \"{token}\". Use an IANA id such as Europe/Istanbul, America/New_York or UTC.";
                    return false;
                }

                zone = found;
            }
            else
            {
                mistake = $"I didn't understand \"{token}\". Give a frequency (daily, weekly mon), a time (08:00), a time zone (Europe/Istanbul) and a topic (topic:Lavrov), all optional.";
                return false;
            }
        }

        request = new SubscribeRequest(frequency ?? DigestFrequency.Daily, day, time ?? s_defaultTime, zone, topic);
        return true;
    }

    public static bool TryWeekday(string text, out DayOfWeek day)
    {
        day = default;
        var lower = text.ToLowerInvariant();
        if (lower.Length < 3)
        {
            return false;
        }

        foreach (var candidate in Enum.GetValues<DayOfWeek>())
        {
            var name = candidate.ToString().ToLowerInvariant();
            if (name.StartsWith(lower, StringComparison.Ordinal))
            {
                day = candidate;
                return true;
            }
        }

        return false;
    }

    private static bool LooksLikeTime(string token) =>
        token.Length > 0 && char.IsDigit(token[0]) && token.All(c => char.IsDigit(c) || c == ':' || c == '.');

    private static bool TryTime(string token, out TimeOnly time)
    {
        time = default;
        var parts = token.Replace('.', ':').Split(':');
        if (parts.Length != 2 || parts[1].Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minute)
            || hour > 23 || minute > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute);
        return true;
    }

    /// <summary>Splits on spaces, keeping double-quoted runs (<c>topic:"Black Sea"</c>) whole and dropping the quotes.</summary>
    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (c is '"' or '“' or '”')
            {
                quoted = !quoted;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                Flush();
            }
            else
            {
                current.Append(c);
            }
        }

        Flush();
        return tokens;

        void Flush()
        {
            if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
