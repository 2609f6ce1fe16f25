namespace BriefingBot.Core.Meetings;

/// <summary>One real meeting (talks, visit, summit, call, conference), merged from every article that reports it.</summary>
public sealed class Meeting
{
    public int Id { get; set; }

    public MeetingKind Kind { get; set; }

    public List<int> ParticipantIds { get; set; } = [];

    public string? Location { get; set; }

    /// <summary>ISO date (<c>2022-03-10</c>) or month (<c>2022-03</c>); see <see cref="MeetingDate"/>.</summary>
    public string? Date { get; set; }

    public MeetingStatus Status { get; set; }

    public List<MeetingReport> Reports { get; set; } = [];

    public List<int> ArticleIds { get; set; } = [];

    /// <summary>When the bot first learnt of the meeting.</summary>
    public DateTimeOffset FirstReported { get; set; }

    /// <summary>When the status last changed (or the meeting was first reported); digests use it.</summary>
    public DateTimeOffset StatusChanged { get; set; }
}
