using BriefingBot.Core.Actors;
using BriefingBot.Core.Meetings;
using BriefingBot.Core.Storage;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// The participants of some meetings, by id, for naming them: sketches (kind and names), which the store keeps in
/// memory. A bench meeting can gather dozens of people; reading each whole from the file was the slowest tail of
/// /who and /meetings on a store of 100,000 articles.
/// </summary>
public static class ActorMap
{
    public static async Task<IReadOnlyDictionary<int, Actor>> ForAsync(IKnowledgeStore store, IEnumerable<Meeting> meetings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var ids = meetings.SelectMany(m => m.ParticipantIds).Distinct();
        var actors = await store.GetActorSketchesAsync(ids, cancellationToken).ConfigureAwait(false);
        return actors.ToDictionary(a => a.Id);
    }
}
