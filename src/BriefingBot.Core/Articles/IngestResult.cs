using BriefingBot.Core.Actors;
using BriefingBot.Core.Meetings;

namespace BriefingBot.Core.Articles;

/// <summary>What happened to a submitted article: added (with what was found), already indexed, refused, or failed.</summary>
public sealed record IngestResult(IngestStatus Status, Article? Article, string? Error, IReadOnlyList<Actor> Actors, IReadOnlyList<Meeting> Meetings)
{
    public static IngestResult Duplicate(Article existing) => new(IngestStatus.AlreadyIndexed, existing, null, [], []);

    public static IngestResult Refused(string error) => new(IngestStatus.Refused, null, error, [], []);

    public static IngestResult Failed(string error) => new(IngestStatus.Failed, null, error, [], []);
}

/// <summary>The ends of an ingestion.</summary>
public enum IngestStatus
{
    Added,
    AlreadyIndexed,

    /// <summary>Not an article we take (empty, unreadable): the input's fault.</summary>
    Refused,

    /// <summary>
    /// Not stored through no fault of the input: its extraction broke, or the store failed (bulk ingestion only;
    /// <see cref="ArticleIngestor.IngestAsync"/> lets those exceptions through).
    /// </summary>
    Failed,
}
