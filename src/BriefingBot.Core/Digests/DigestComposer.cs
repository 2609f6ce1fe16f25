using BriefingBot.Core.Actors;
using BriefingBot.Core.Storage;

namespace BriefingBot.Core.Digests;

/// <summary>Composes a digest of what the store learnt in a window, optionally about one topic.</summary>
public sealed class DigestComposer(IKnowledgeStore store)
{
    /// <summary>How many actors "in the news" a digest names.</summary>
    public const int TopActorCount = 5;

    public async Task<Digest> ComposeAsync(DateTimeOffset since, DateTimeOffset until, string? topic, CancellationToken cancellationToken)
    {
        var filter = new TopicFilter(topic);
        var articles = (await store.ArticlesSinceAsync(since, cancellationToken).ConfigureAwait(false))
            .Where(a => a.IngestedAt < until)
            .ToList();
        var meetings = (await store.MeetingsChangedSinceAsync(since, cancellationToken).ConfigureAwait(false))
            .Where(m => m.StatusChanged < until)
            .ToList();

        var actorIds = articles.SelectMany(a => a.ActorIds).Concat(meetings.SelectMany(m => m.ParticipantIds));
        var actors = (await store.GetActorsAsync(actorIds, cancellationToken).ConfigureAwait(false)).ToDictionary(a => a.Id);

        articles = articles.Where(a => filter.Matches(a, actors)).ToList();
        meetings = meetings.Where(m => filter.Matches(m, actors)).ToList();

        var stories = StoryGrouper.Group(articles);
        var changes = meetings
            .OrderByDescending(m => m.StatusChanged)
            .ThenBy(m => m.Id)
            .Select(m => new MeetingChange(
                m,
                m.ParticipantIds.Select(id => actors.GetValueOrDefault(id)).OfType<Actor>().ToList(),
                m.FirstReported >= since))
            .ToList();

        // Within a topic, actors who merely share an article with it still count: they are its news.
        var mentions = articles
            .SelectMany(a => a.ActorIds.Distinct())
            .GroupBy(id => id)
            .Select(g => (Id: g.Key, Count: g.Count()))
            .Where(x => actors.ContainsKey(x.Id) && actors[x.Id].Kind is not ActorKind.Place)
            .OrderByDescending(x => x.Count)
            .ThenBy(x => actors[x.Id].Name, StringComparer.Ordinal)
            .Take(TopActorCount)
            .Select(x => new ActorMention(actors[x.Id], x.Count))
            .ToList();

        return new Digest(since, until, topic, stories, changes, mentions);
    }
}
