namespace BriefingBot.Core.Meetings;

/// <summary>Whether a meeting happened, is expected, or was put off.</summary>
public enum MeetingStatus
{
    Held,
    Planned,
    Postponed,
    Cancelled,
}
