namespace BriefingBot.Core.Meetings;

/// <summary>The form a meeting takes.</summary>
public enum MeetingKind
{
    Talks,
    Visit,
    Summit,
    Call,
    Conference,
    Other,
}
