using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Meetings;

namespace BriefingBot.Core.Storage;

/// <summary>
/// One article's worth of writes. New actors and meetings have Id 0 and get ids on commit;
/// <see cref="MeetingParticipants"/> names each meeting's participants by actor object, so new actors can take part.
/// </summary>
public sealed record IngestBatch(
    Article Article,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyDictionary<Meeting, IReadOnlyList<Actor>> MeetingParticipants)
{
    /// <summary>
    /// The article's search terms, those of <see cref="Search.SearchTerms.Of"/> of its title, a space and its body (in
    /// any order, a term maybe twice), when the caller has them already (extraction does); null: the store splits the
    /// text itself.
    /// </summary>
    public IReadOnlyList<string>? SearchTerms { get; init; }
}
