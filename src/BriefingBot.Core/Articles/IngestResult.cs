using BriefingBot.Core.Actors;
using BriefingBot.Core.Meetings;

namespace BriefingBot.Core.Articles;

/// <summary>What happened to a submitted article: added (with what was found), already indexed, or refused.</summary>
public sealed record IngestResult(IngestStatus Status, Article? Article, string? Error, IReadOnlyList<Actor> Actors, IReadOnlyList<Meeting> Meetings)
{
    public static IngestResult Duplicate(Article existing) => new(IngestStatus.AlreadyIndexed, existing, null, [], []);

    public static IngestResult Refused(string error) => new(IngestStatus.Refused, null, error, [], []);
}

/// <summary>The three ends of an ingestion.</summary>
public enum IngestStatus
{
    Added,
    AlreadyIndexed,
    Refused,
}
