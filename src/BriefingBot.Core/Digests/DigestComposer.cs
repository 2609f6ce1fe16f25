using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Meetings;
using BriefingBot.Core.Storage;

namespace BriefingBot.Core.Digests;

/// <summary>Composes digests of what the store learnt in a window, optionally about one topic.</summary>
public sealed class DigestComposer(IKnowledgeStore store)
{
    /// <summary>How many actors "in the news" a digest names.</summary>
    public const int TopActorCount = 5;

    public async Task<Digest> ComposeAsync(DateTimeOffset since, DateTimeOffset until, string? topic, CancellationToken cancellationToken)
    {
        var windows = await PrepareAsync([(since, until)], cancellationToken).ConfigureAwait(false);
        return windows[0].Compose(topic);
    }

    /// <summary>
    /// Prepares one <see cref="DigestWindow"/> per span, in the same order. The store is read once, from the
    /// earliest start to the latest end, and each article is prepared once however many spans hold it.
    /// </summary>
    public async Task<IReadOnlyList<DigestWindow>> PrepareAsync(
        IReadOnlyList<(DateTimeOffset Since, DateTimeOffset Until)> spans,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spans);
        if (spans.Count == 0)
        {
            return [];
        }

        var earliest = spans.Min(s => s.Since);
        var latest = spans.Max(s => s.Until);
        var articles = (await store.ArticlesSinceAsync(earliest, cancellationToken).ConfigureAwait(false))
            .Where(a => a.IngestedAt < latest)
            .ToList();

        // Meetings and actors are read while the articles are prepared: the store's work and the folding overlap.
        var reading = Task.Run(() => ReadMeetingsAndActorsAsync(articles, earliest, latest, cancellationToken), cancellationToken);
        var vocabulary = new WordVocabulary();
        var prepared = PreparedArticle.All(articles, vocabulary);
        // The window is held while every digest of the batch is composed; once folded, a body is read again only for
        // the one-sentence line of an article without a summary. A day's bodies were about 30 MB of the batch's peak.
        foreach (var article in articles.Where(a => !string.IsNullOrEmpty(a.Summary)))
        {
            article.Body = "";
        }

        var (meetings, actors) = await reading.ConfigureAwait(false);
        var windowActors = new WindowActors(actors, vocabulary);
        return spans
            .Select(span => new DigestWindow(
                span.Since,
                span.Until,
                prepared.Where(a => In(a.Article.IngestedAt, span, earliest)).ToList(),
                meetings.Where(m => In(m.StatusChanged, span, earliest)).ToList(),
                windowActors,
                vocabulary))
            .ToList();
    }

    private async Task<(List<Meeting> Meetings, IReadOnlyList<Actor> Actors)> ReadMeetingsAndActorsAsync(
        List<Article> articles,
        DateTimeOffset earliest,
        DateTimeOffset latest,
        CancellationToken cancellationToken)
    {
        var meetings = (await store.MeetingsChangedSinceAsync(earliest, cancellationToken).ConfigureAwait(false))
            .Where(m => m.StatusChanged < latest)
            .ToList();
        var actorIds = articles.SelectMany(a => a.ActorIds).Concat(meetings.SelectMany(m => m.ParticipantIds));
        // Names, kinds and countries are all a digest reads of its thousands of actors: sketches, not whole documents.
        return (meetings, await store.GetActorSketchesAsync(actorIds, cancellationToken).ConfigureAwait(false));
    }

    // The store already applied the earliest start (with its own precision); later starts are applied here.
    private static bool In(DateTimeOffset at, (DateTimeOffset Since, DateTimeOffset Until) span, DateTimeOffset earliest) =>
        (span.Since == earliest || at >= span.Since) && at < span.Until;
}
