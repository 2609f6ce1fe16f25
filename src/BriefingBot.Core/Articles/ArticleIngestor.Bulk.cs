using System.Runtime.CompilerServices;
using BriefingBot.Core.Storage;

namespace BriefingBot.Core.Articles;

public sealed partial class ArticleIngestor
{
    /// <summary>
    /// Ingests many articles with the same outcome as <see cref="IngestAsync"/> called on each in turn, faster:
    /// extraction runs ahead on <see cref="BulkIngestOptions.Workers"/> threads, while duplicate checks, resolution and
    /// commits stay strictly in input order on one thread, one durable commit per <see cref="BulkIngestOptions.BatchSize"/>
    /// articles (sooner when the source has nothing ready). Yields one result per request, in input order, each only
    /// once the batch holding it is committed. An article's time (ingestion time; its date when it has none) is read
    /// from the clock as it is taken from <paramref name="requests"/>. A result gives outlines of its article, actors
    /// and meetings (<see cref="Article.Outline"/>, <see cref="Actors.Actor.Outline"/>,
    /// <see cref="Meetings.Meeting.Outline"/>; the store has the whole records).
    /// </summary>
    /// <remarks>
    /// When the store fails, the failing batch's articles are reported <see cref="IngestStatus.Failed"/> (the batch is
    /// rolled back) and the enumeration ends with <see cref="IngestStoppedException"/>: a store fault (disk full, I/O error)
    /// would fail every following batch too, and nothing is lost by stopping, since a rerun skips what is indexed.
    /// An article whose extraction throws is reported failed on its own and the run goes on. When cancelled, the
    /// articles already resolved are committed (whole: an article is never half written), reported, and then the
    /// enumeration throws <see cref="OperationCanceledException"/>. Do not call it inside a store batch of your own.
    /// </remarks>
    public async IAsyncEnumerable<IngestResult> IngestManyAsync(
        IAsyncEnumerable<IngestRequest> requests,
        BulkIngestOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var batch in IngestBatchesAsync(requests, options, cancellationToken).ConfigureAwait(false))
        {
            foreach (var result in batch)
            {
                yield return result;
            }
        }
    }

    /// <summary>As <see cref="IngestManyAsync"/>, one list of results per durable commit.</summary>
    public async IAsyncEnumerable<IReadOnlyList<IngestResult>> IngestBatchesAsync(
        IAsyncEnumerable<IngestRequest> requests,
        BulkIngestOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        options ??= new BulkIngestOptions();
        var batchSize = Math.Max(1, options.BatchSize);
        var pipeline = new IngestPipeline<PreparedInput>(
            requests, options, time, Prepare, (input, stop) => RunBatch(input, batchSize, stop), cancellationToken);
        await using (pipeline.ConfigureAwait(false))
        {
            // Not cancelled here: on cancellation the pipeline still delivers the batch it committed, then ends.
            var taken = 0;
            await foreach (var batch in pipeline.Results.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                taken += batch.Count;
                yield return batch;
            }

            await pipeline.CompleteAsync().ConfigureAwait(false);
            if (taken >= ReleaseMemoryAfter)
            {
                // The store lets go of the documents it held to write the import faster, and the collector, which grew
                // its heap for the import and keeps it, hands back in one compacting collection what the bot, answering
                // and composing digests, does not need (100,000 bench articles: working set 265-286 MB after it, from
                // a peak of 451-466). A fraction of a second.
                await store.ReleaseImportMemoryAsync(CancellationToken.None).ConfigureAwait(false);
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            }
        }
    }

    // A batch's results wait for its commit, 800 articles at a time: with their bodies they outlived two collections
    // and were promoted to the oldest generation to die there (10,000 bench articles promoted 415-471 MB out of the
    // young generations with the bodies, 286-291 MB without; the working set peaked at 264 MB against 290). The same
    // went for the actors and meetings as this article left them: whole copies (the writer hands out copies), each
    // kept alive by its article's result long after the writer had replaced it with the next article's copy. And for
    // the article's summary and role statements (their sentences), and the empty lists every outline used to make.
    private static IngestResult Outline(IngestResult result) => result.Article is { } article
        ? result with
        {
            Article = article.Outline(),
            Actors = [.. result.Actors.Select(a => a.Outline())],
            Meetings = [.. result.Meetings.Select(m => m.Outline())],
        }
        : result;

    // A bulk import this large is followed by a collection that returns memory to the system.
    private const int ReleaseMemoryAfter = 1_000;

    // On a worker thread: everything that does not need the store.
    private PreparedInput Prepare(IngestRequest request, DateTimeOffset now)
    {
        if (request.Draft is not { } draft)
        {
            return new PreparedInput(null, IngestResult.Refused(request.Error ?? "There is no article."));
        }

        return string.IsNullOrWhiteSpace(draft.Body)
            ? new PreparedInput(null, IngestResult.Refused("The article is empty."))
            : new PreparedInput(Extract(draft, request.AddedBy, ContentHash.Of(draft.Body), now), null);
    }

    // On the pipeline's batch thread, and only there: one store batch, opened, filled and closed on this thread.
    private IngestPipeline<PreparedInput>.Outcome RunBatch(IngestPipeline<PreparedInput> input, int batchSize, CancellationToken stop)
    {
        var results = new List<IngestResult>();
        var taken = 0;
        Exception? failure = null;
        var broken = false;
        // Taken per batch, so a single /add waits for at most one batch and then sees all of it.
        _oneAtATime.Wait(stop);
        try
        {
            var scope = store.BeginBatch();
            var bound = scope is not NoBatch;
            try
            {
                do
                {
                    var ready = input.Take(stop);
                    taken++;
                    results.Add(ready.IsFaulted
                        ? IngestResult.Failed("Extraction failed: " + ready.Exception!.InnerException!.Message)
                        : Outline(ready.Result.Settled ?? IngestOne(ready.Result.Extracted!, bound, stop)));
                }
                while (results.Count < batchSize && input.NextIsQueued && !stop.IsCancellationRequested);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                broken = true;
            }
            catch (Exception e)
            {
                (failure, broken) = (e, true);
            }
            finally
            {
                try
                {
                    scope.Dispose();
                }
                catch (Exception e)
                {
                    (failure, broken) = (failure ?? e, true);
                }
            }
        }
        finally
        {
            _oneAtATime.Release();
        }

        if (!broken)
        {
            return new(results, null);
        }

        // Almost always the store (disk full, I/O error); a fault in resolution lands here too, and stops the run as well,
        // since a failed write may have rolled back the batch under the articles that came before it.
        var reason = failure is null ? "Not stored: ingestion was cancelled." : $"Not stored: its batch failed ({failure.Message}).";
        var confirmed = Confirm(results, reason);
        if (failure is null)
        {
            return new(confirmed, null);
        }

        if (taken > results.Count)
        {
            confirmed.Add(IngestResult.Failed(reason));
        }

        return new(confirmed, new IngestStoppedException($"Ingestion stopped: {failure.Message}", failure));
    }

    // The store calls of one article, in IngestAsync's order, each finished before the next starts.
    private IngestResult IngestOne(ExtractedDraft extracted, bool bound, CancellationToken stop)
    {
        if (Finish(FindDuplicateAsync(extracted.Draft, extracted.Hash, stop), bound) is { } duplicate)
        {
            return duplicate;
        }

        var (batch, result) = Finish(ResolveAsync(extracted, stop), bound);
        Finish(store.CommitIngestAsync(batch, stop), bound);
        return result;
    }

    // A store batch (a LiteDB transaction) belongs to this thread. A step that returned unfinished would go on, after
    // its first incomplete await, on some other thread, where reads miss the batch's writes and decide identities on a
    // stale view. LiteDbKnowledgeStore completes every call before returning, so this never waits; a store that did not
    // fails here, loudly, instead of being trusted to ConfigureAwait luck. Without a batch, waiting is all it takes.
    private static T Finish<T>(Task<T> step, bool bound)
    {
        if (bound && !step.IsCompleted)
        {
            ((IAsyncResult)step).AsyncWaitHandle.WaitOne();
            throw new InvalidOperationException("A store call completed asynchronously inside a write batch, which is bound to one thread.");
        }

        return step.GetAwaiter().GetResult();
    }

    // After a broken batch, only the store knows which of its writes it kept (a failed write rolls the batch back;
    // a cancelled or failed read does not): each article reported stored is checked against it, outside any batch.
    private List<IngestResult> Confirm(List<IngestResult> results, string reason) =>
        results.Select(r => r.Status is IngestStatus.Added or IngestStatus.AlreadyIndexed && !Holds(r.Article!) ? IngestResult.Failed(reason) : r).ToList();

    private bool Holds(Article article)
    {
        try
        {
            return store.FindArticleByHashAsync(article.ContentHash, CancellationToken.None).GetAwaiter().GetResult() is { } found && found.Id == article.Id;
        }
        catch (Exception)
        {
            // A store that cannot answer cannot confirm the article either.
            return false;
        }
    }

    /// <summary>A request made ready off the store: extracted, or settled already (refused).</summary>
    private sealed record PreparedInput(ExtractedDraft? Extracted, IngestResult? Settled);
}
