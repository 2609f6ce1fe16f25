using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Meetings;

/// <summary>Decides whether a meeting reported by a new article is one the store already knows.</summary>
public sealed class MeetingMatcher
{
    /// <summary>The known meeting that <paramref name="found"/> reports, or null for a new one.</summary>
    /// <param name="participantIds">Store ids of <paramref name="found"/>'s participants.</param>
    /// <param name="candidates">Known meetings sharing at least one participant.</param>
    public Meeting? Match(ExtractedMeeting found, IReadOnlyList<int> participantIds, DateOnly published, IReadOnlyList<Meeting> candidates)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(participantIds);
        var date = found.Date?.ToString();
        return candidates.FirstOrDefault(m =>
            m.Kind == found.Kind && date is not null && m.Date == date && participantIds.All(m.ParticipantIds.Contains));
    }
}
