using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Meetings;

/// <summary>
/// Decides whether a meeting reported by a new article is one the store already knows: the dates agree
/// (or, when one is unknown, the reports are close in time), the participants overlap (two in common, or the one
/// that a side names), a call only matches a call, and the places do not contradict each other.
/// </summary>
public sealed class MeetingMatcher
{
    /// <summary>How far apart (days) reports may be published when a date is missing on one side.</summary>
    public const int UndatedWindowDays = 10;

    /// <summary>The known meeting that <paramref name="found"/> reports, or null for a new one.</summary>
    /// <param name="participantIds">Store ids of <paramref name="found"/>'s participants.</param>
    /// <param name="candidates">Known meetings sharing at least one participant.</param>
    public Meeting? Match(ExtractedMeeting found, IReadOnlyList<int> participantIds, DateOnly published, IReadOnlyList<Meeting> candidates)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(participantIds);
        ArgumentNullException.ThrowIfNull(candidates);
        Meeting? best = null;
        var bestShared = 0;
        foreach (var meeting in candidates)
        {
            var shared = participantIds.Distinct().Count(meeting.ParticipantIds.Contains);
            var smaller = Math.Min(participantIds.Count, meeting.ParticipantIds.Count);
            // One in common is enough only when one side names no one else: "Putin and Erdogan met" and "Putin met
            // Pashinyan" the same day are two meetings. Taking them for one (half the smaller side was once enough) let
            // a meeting absorb every pair that shared a member with it, then every pair sharing one with those: on the
            // bench corpus, a dozen meetings of 22 countries grew this way, with thousands of reports each.
            if (shared < 2 && !(shared == 1 && smaller == 1))
            {
                continue;
            }

            if ((found.Kind == MeetingKind.Call) != (meeting.Kind == MeetingKind.Call) || !DatesAgree(found.Date, meeting, published) || !PlacesAgree(found.Location, meeting.Location))
            {
                continue;
            }

            if (shared > bestShared)
            {
                best = meeting;
                bestShared = shared;
            }
        }

        return best;
    }

    private static bool DatesAgree(MeetingDate? date, Meeting meeting, DateOnly published)
    {
        if (date is { } d && MeetingDate.TryParse(meeting.Date, out var m))
        {
            return d.Year == m.Year && d.Month == m.Month && (d.Day is null || m.Day is null || d.Day == m.Day);
        }

        // One side undated: only reports close in time can be the same meeting.
        return meeting.Reports.Count == 0
            || meeting.Reports.Any(r => Math.Abs(r.Published.DayNumber - published.DayNumber) <= UndatedWindowDays);
    }

    private static bool PlacesAgree(string? a, string? b)
    {
        if (a is null || b is null || string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var gazetteer = Gazetteer.Instance;
        var countryA = gazetteer.CountryOfCity(a);
        var countryB = gazetteer.CountryOfCity(b);
        return (countryA is null && string.Equals(a, countryB, StringComparison.OrdinalIgnoreCase))
            || (countryB is null && string.Equals(b, countryA, StringComparison.OrdinalIgnoreCase));
    }
}
