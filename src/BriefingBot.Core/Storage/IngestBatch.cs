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
    IReadOnlyDictionary<Meeting, IReadOnlyList<Actor>> MeetingParticipants);
