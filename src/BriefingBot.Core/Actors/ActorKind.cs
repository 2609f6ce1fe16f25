namespace BriefingBot.Core.Actors;

/// <summary>What sort of actor a name stands for.</summary>
public enum ActorKind
{
    Person,
    Organization,
    Country,
    Place,
    Other,
}
