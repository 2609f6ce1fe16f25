namespace BriefingBot.Core.Actors;

/// <summary>A person, organisation, country or place that articles talk about.</summary>
public sealed class Actor
{
    public int Id { get; set; }

    public ActorKind Kind { get; set; }

    /// <summary>The canonical display name: the fullest form seen.</summary>
    public string Name { get; set; } = "";

    /// <summary>Every surface form seen in articles.</summary>
    public List<string> Aliases { get; set; } = [];

    /// <summary>Folded lookup keys (see <see cref="ActorKeys"/>), indexed by the store.</summary>
    public List<string> Keys { get; set; } = [];

    public List<ActorRole> Roles { get; set; } = [];

    public string? Country { get; set; }

    public List<int> ArticleIds { get; set; } = [];

    public DateTimeOffset FirstSeen { get; set; }

    public DateTimeOffset LastSeen { get; set; }
}
