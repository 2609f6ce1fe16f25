using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Actors;

/// <summary>Decides whether an actor found in a new article is one the store already knows.</summary>
public sealed class ActorMatcher
{
    /// <summary>The known actor that <paramref name="found"/> is, or null for a new actor.</summary>
    /// <param name="candidates">Actors sharing a key with <paramref name="found"/> (from <see cref="ActorKeys.For"/>).</param>
    public Actor? Match(ExtractedActor found, IReadOnlyList<Actor> candidates)
    {
        ArgumentNullException.ThrowIfNull(found);
        var key = ActorKeys.Fold(found.Name);
        return candidates.FirstOrDefault(a => a.Kind == found.Kind && ActorKeys.Fold(a.Name) == key);
    }
}
