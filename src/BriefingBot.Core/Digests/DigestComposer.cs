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
    /// earliest start to the latest end, and each article is prepared once however many spans hold it. Articles are
    /// prepared a chunk at a time as the store reads them, so only a chunk's bodies are held at once.
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

        // Meetings are read while the articles are prepared: the store's work and the folding overlap.
        var reading = Task.Run(() => store.MeetingsChangedSinceAsync(earliest, cancellationToken), cancellationToken);
        var vocabulary = new WordVocabulary();
        var prepared = new List<PreparedArticle>();
        var young = YoungCollections.ForBatch();
        await store.ReadArticlesSinceAsync(
            earliest,
            ChunkSize,
            chunk =>
            {
                prepared.AddRange(PreparedArticle.All(chunk.Where(a => a.IngestedAt < latest).ToList(), vocabulary));
                young.Tick();
            },
            cancellationToken).ConfigureAwait(false);
        prepared.Sort((a, b) => a.Article.Id.CompareTo(b.Article.Id));

        var meetings = (await reading.ConfigureAwait(false)).Where(m => m.StatusChanged < latest).ToList();
        // Names, kinds and countries are all a digest reads of its thousands of actors: sketches, not whole documents.
        var actorIds = prepared.SelectMany(a => a.Article.ActorIds).Concat(meetings.SelectMany(m => m.ParticipantIds));
        var windowActors = new WindowActors(await store.GetActorSketchesAsync(actorIds, cancellationToken).ConfigureAwait(false), vocabulary);
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

    // Articles prepared at a time: enough to fold on every core, a few megabytes of bodies, and a young collection
    // between chunks when a step's worth was allocated (see YoungCollections).
    private const int ChunkSize = 256;

    // The store already applied the earliest start (with its own precision); later starts are applied here.
    private static bool In(DateTimeOffset at, (DateTimeOffset Since, DateTimeOffset Until) span, DateTimeOffset earliest) =>
        (span.Since == earliest || at >= span.Since) && at < span.Until;
}
