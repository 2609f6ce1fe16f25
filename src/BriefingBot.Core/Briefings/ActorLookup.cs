using BriefingBot.Core.Actors;

namespace BriefingBot.Core.Briefings;

/// <summary>The actors a typed name matches (best first), or close matches when it matches none.</summary>
public sealed record ActorLookup(IReadOnlyList<Actor> Matches, IReadOnlyList<Actor> Suggestions, int Total)
{
    /// <summary>At most this many matches are loaded whole, the best ranked; <see cref="Total"/> counts them all.</summary>
    public const int MaxMatches = 10;
}
