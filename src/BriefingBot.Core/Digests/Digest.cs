using BriefingBot.Core.Actors;

namespace BriefingBot.Core.Digests;

/// <summary>What is new in a window: stories, meetings that are new or changed, the actors most in the news.</summary>
/// <param name="Since">Start of the window (inclusive).</param>
/// <param name="Until">End of the window (exclusive).</param>
public sealed record Digest(
    DateTimeOffset Since,
    DateTimeOffset Until,
    string? Topic,
    IReadOnlyList<Story> Stories,
    IReadOnlyList<MeetingChange> Meetings,
    IReadOnlyList<ActorMention> Actors)
{
    /// <summary>Scheduled runs this digest stands for (more than one after downtime).</summary>
    public int Runs { get; init; } = 1;

    /// <summary>The scheduled time it was due; null for /digest on demand.</summary>
    public DateTimeOffset? DueAt { get; init; }

    public bool IsEmpty => Stories.Count == 0 && Meetings.Count == 0;
}

/// <summary>A meeting first reported, or whose status changed, in the window.</summary>
public sealed record MeetingChange(Meetings.Meeting Meeting, IReadOnlyList<Actor> Participants, bool IsNew);

/// <summary>An actor and how many of the window's articles mention them.</summary>
public sealed record ActorMention(Actor Actor, int Articles);
