using BriefingBot.Core.Actors;
using BriefingBot.Core.Meetings;
using BriefingBot.Core.Storage;

namespace BriefingBot.Core.Briefings;

/// <summary>Loads the participants of some meetings in one go, by id.</summary>
public static class ActorMap
{
    public static async Task<IReadOnlyDictionary<int, Actor>> ForAsync(IKnowledgeStore store, IEnumerable<Meeting> meetings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var ids = meetings.SelectMany(m => m.ParticipantIds).Distinct();
        var actors = await store.GetActorsAsync(ids, cancellationToken).ConfigureAwait(false);
        return actors.ToDictionary(a => a.Id);
    }
}
