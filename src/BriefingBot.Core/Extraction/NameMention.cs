using BriefingBot.Core.Actors;

namespace BriefingBot.Core.Extraction;

/// <summary>
/// A name found in a sentence. <see cref="First"/> and <see cref="Count"/> index the sentence's tokens;
/// <see cref="Country"/> is the country a country, demonym or city stands for.
/// <see cref="Weak"/> marks a lone capitalised word that is a person only if it names one seen in full.
/// </summary>
internal sealed record NameMention(
    int Sentence,
    int First,
    int Count,
    int Start,
    int Length,
    string Text,
    ActorKind Kind,
    string? Country,
    bool Weak);
