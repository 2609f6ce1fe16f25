namespace BriefingBot.Core.Meetings;

/// <summary>One real meeting (talks, visit, summit, call, conference), merged from every article that reports it.</summary>
/// <remarks>
/// Its lists are made when first read: an outline, or an meeting the store reads and then sets the lists of, does not make
/// empty ones only to drop them.
/// </remarks>
public sealed class Meeting
{
    /// <summary>How many of its newest reports a meeting keeps.</summary>
    public const int RecentReportLimit = 50;

    public int Id { get; set; }

    public MeetingKind Kind { get; set; }

    public List<int> ParticipantIds { get => field ??= []; set; }

    public string? Location { get; set; }

    /// <summary>ISO date (<c>2022-03-10</c>) or month (<c>2022-03</c>); see <see cref="MeetingDate"/>.</summary>
    public string? Date { get; set; }

    public MeetingStatus Status { get; set; }

    /// <summary>How many articles report the meeting (more than <see cref="Reports"/> holds when it is busy).</summary>
    public int ReportCount { get; set; }

    /// <summary>
    /// The newest reports (by publication), at most <see cref="RecentReportLimit"/>: a much-reported summit gathers
    /// thousands, and its document, read and rewritten for every new report, made ingestion slow down with the store.
    /// </summary>
    public List<MeetingReport> Reports { get => field ??= []; set; }

    /// <summary>The newest reporting articles, at most <see cref="RecentReportLimit"/> (every article lists its meetings).</summary>
    public List<int> ArticleIds { get => field ??= []; set; }

    /// <summary>When the bot first learnt of the meeting.</summary>
    public DateTimeOffset FirstReported { get; set; }

    /// <summary>When the status last changed (or the meeting was first reported); digests use it.</summary>
    public DateTimeOffset StatusChanged { get; set; }

    /// <summary>
    /// A copy with what a line about the meeting says (kind, participants, place, date, status, report count) but
    /// without its reports and article ids: for what reports many meetings after the fact, as a bulk import's results do.
    /// </summary>
    public Meeting Outline() => new()
    {
        Id = Id,
        Kind = Kind,
        ParticipantIds = [.. ParticipantIds],
        Location = Location,
        Date = Date,
        Status = Status,
        ReportCount = ReportCount,
        FirstReported = FirstReported,
        StatusChanged = StatusChanged,
    };
}
