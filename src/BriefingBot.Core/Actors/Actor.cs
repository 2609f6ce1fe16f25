namespace BriefingBot.Core.Actors;

/// <summary>A person, organisation, country or place that articles talk about.</summary>
/// <remarks>
/// Its lists are made when first read: an outline, or an actor the store reads and then sets the lists of, does not make
/// empty ones only to drop them.
/// </remarks>
public sealed class Actor
{
    /// <summary>How many of its newest articles an actor keeps (the sources a card shows).</summary>
    public const int RecentLimit = 20;

    /// <summary>How many of its newest meetings an actor keeps (a card shows five, /meetings fifteen).</summary>
    public const int RecentMeetingLimit = 50;

    public int Id { get; set; }

    public ActorKind Kind { get; set; }

    /// <summary>The canonical display name: the fullest form seen.</summary>
    public string Name { get; set; } = "";

    /// <summary>Every surface form seen in articles.</summary>
    public List<string> Aliases { get => field ??= []; set; }

    /// <summary>Folded lookup keys (see <see cref="ActorKeys"/>), indexed by the store.</summary>
    public List<string> Keys { get => field ??= []; set; }

    public List<ActorRole> Roles { get => field ??= []; set; }

    public string? Country { get; set; }

    /// <summary>How many articles mention the actor.</summary>
    public int ArticleCount { get; set; }

    /// <summary>
    /// The newest articles that mention the actor, oldest first, at most <see cref="RecentLimit"/>: its sources.
    /// A busy actor is in thousands of articles; the full list would make every write of the actor grow with it.
    /// Id 0 stands for the article being ingested.
    /// </summary>
    public List<int> ArticleIds { get => field ??= []; set; }

    /// <summary>How many meetings the actor takes part in.</summary>
    public int MeetingCount { get; set; }

    /// <summary>The meetings the actor most recently joined, oldest first, at most <see cref="RecentMeetingLimit"/>.</summary>
    public List<int> MeetingIds { get => field ??= []; set; }

    public DateTimeOffset FirstSeen { get; set; }

    public DateTimeOffset LastSeen { get; set; }

    /// <summary>
    /// A copy with the actor's id, kind, name, country, counts and dates but none of its lists (aliases, keys, roles,
    /// newest articles and meetings): for what reports many actors after the fact, as a bulk import's results do.
    /// </summary>
    public Actor Outline() => new()
    {
        Id = Id,
        Kind = Kind,
        Name = Name,
        Country = Country,
        ArticleCount = ArticleCount,
        MeetingCount = MeetingCount,
        FirstSeen = FirstSeen,
        LastSeen = LastSeen,
    };
}
