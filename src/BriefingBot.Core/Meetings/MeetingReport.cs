namespace BriefingBot.Core.Meetings;

/// <summary>What one article said about a meeting.</summary>
public sealed class MeetingReport
{
    public int ArticleId { get; set; }

    public MeetingStatus Status { get; set; }

    public string? Date { get; set; }

    public string? Location { get; set; }

    public string Evidence { get; set; } = "";

    /// <summary>The reporting article's publication date; the newest report decides the status.</summary>
    public DateOnly Published { get; set; }
}
