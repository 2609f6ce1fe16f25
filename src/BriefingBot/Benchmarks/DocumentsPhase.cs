using System.Diagnostics;
using System.Text.Json;
using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Meetings;
using BriefingBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Benchmarks;

/// <summary>
/// Everything ingestion stored, stored again without extraction or resolution: each article as ingestion left it, in
/// the order it came, committed through the store with the actors and meetings it names, in batches of the same size.
/// An actor or meeting is inserted with the first article that names it and written again, once per batch, in every
/// batch with another article that names it, as ingestion writes them; each gets the id it has in ingestion's store
/// (checked), so the documents are ingestion's own. The storage-only phase stores the articles alone, without their
/// extraction's fields, actors or meetings: this phase is the storage limit counting every document ingestion stores.
/// </summary>
/// <remarks>
/// It reads ingestion's finished store, so in a whole run it runs after ingestion, in a new process on that file
/// (<c>bench --only documents --reuse</c>): in this one, the code it shares with ingestion would be compiled already,
/// which the storage-only and ingestion phases pay for as they run. Only the commits are timed; the documents are read
/// from ingestion's store a chunk of articles at a time, between them.
/// </remarks>
internal static class DocumentsPhase
{
    // Articles read ahead of each timed stretch.
    private const int Chunk = 1_000;

    /// <summary>Stores again what <paramref name="source"/> holds, in a new data file at <paramref name="path"/>, deleted afterwards unless kept.</summary>
    public static async Task RunAsync(IKnowledgeStore source, string path, int batchSize, BenchReport report, TextWriter progress, bool keep, CancellationToken cancellationToken)
    {
        var count = await source.CountArticlesAsync(cancellationToken).ConfigureAwait(false);
        var watch = new Stopwatch();
        var work = new ChunkedWork();
        // Each actor and meeting once, by its id in ingestion's store: the object committed with every article naming it.
        var actors = new Dictionary<int, Actor>();
        var meetings = new Dictionary<int, Meeting>();
        var stored = 0;
        using (var host = BenchHost.Open(path, null))
        {
            var store = host.Services.GetRequiredService<IKnowledgeStore>();
            IDisposable? batch = null;
            var nextId = 1;
            while (stored < count)
            {
                var (articles, newActors, newMeetings) = await ReadChunkAsync(source, nextId, actors, meetings, cancellationToken).ConfigureAwait(false);
                nextId += Chunk;
                if (articles.Count == 0 && nextId > count)
                {
                    // Past the last id without finding the count: nothing more to store.
                    break;
                }

                work.Begin();
                foreach (var (writes, originalId) in articles)
                {
                    watch.Start();
                    batch ??= store.BeginBatch();
                    var id = await store.CommitIngestAsync(writes, cancellationToken).ConfigureAwait(false);
                    stored++;
                    if (stored % batchSize == 0 || stored == count)
                    {
                        batch.Dispose();
                        batch = null;
                    }

                    watch.Stop();
                    Same("article", originalId, id);
                }

                work.End();
                foreach (var originalId in newActors)
                {
                    Same("actor", originalId, actors[originalId].Id);
                }

                foreach (var originalId in newMeetings)
                {
                    Same("meeting", originalId, meetings[originalId].Id);
                }

                if (stored / 5_000 > (stored - articles.Count) / 5_000 || stored == count)
                {
                    await progress.WriteLineAsync($"[documents] {stored}/{count} in {watch.Elapsed.TotalSeconds:0.0} s ({stored / Math.Max(watch.Elapsed.TotalSeconds, 1e-9):0} /s)").ConfigureAwait(false);
                }
            }

            batch?.Dispose();
        }

        report.Add("documents_articles", stored, "documents: articles stored again");
        report.Add("documents_actors", actors.Count, "documents: actors stored again");
        report.Add("documents_meetings", meetings.Count, "documents: meetings stored again");
        report.Add("documents_insert_articles_per_s", stored / Math.Max(watch.Elapsed.TotalSeconds, 1e-9), "documents: articles/s, each with its actors and meetings (no extraction)");
        work.Report(report, "documents", "documents", stored);
        report.Add("documents_bytes_per_article", BenchHost.FileBytes(path) / (double)Math.Max(1, stored), "documents: file bytes per article");
        if (!keep)
        {
            BenchHost.Delete(path);
        }
    }

    /// <summary>
    /// Runs the phase in a new process on ingestion's data file (closed by now) and adds its figures to the report;
    /// where the program cannot be started again, runs it here.
    /// </summary>
    public static async Task RunElsewhereAsync(BenchSettings settings, BenchReport report, TextWriter progress, CancellationToken cancellationToken)
    {
        string[] arguments =
        [
            "bench", "--articles", $"{settings.Articles}", "--seed", $"{settings.Seed}", "--batch", $"{settings.Batch}",
            "--db", settings.DbPath, "--reuse", "--only", "documents", "--json",
        ];
        if (OwnProgram.StartInfo(arguments) is { } start)
        {
            using var child = Process.Start(start)!;
            var errors = child.StandardError.ReadToEndAsync(cancellationToken);
            var output = await child.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            await child.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            // Its progress; the rest of what it writes there (the targets of a run without ingestion) is not this run's.
            foreach (var line in (await errors.ConfigureAwait(false)).Split('\n').Where(l => l.StartsWith("[documents]", StringComparison.Ordinal)))
            {
                await progress.WriteLineAsync(line).ConfigureAwait(false);
            }

            if (child.ExitCode == 0 && TryMerge(output, report))
            {
                return;
            }

            await progress.WriteLineAsync($"[documents] the new process ended with {child.ExitCode} and no figures; measuring in this one").ConfigureAwait(false);
        }

        // What a new process that failed may have left.
        var path = settings.DbPath + ".documents.db";
        BenchHost.Delete(path);
        using var host = BenchHost.Open(settings.DbPath, null);
        await RunAsync(host.Services.GetRequiredService<IKnowledgeStore>(), path, settings.Batch, report, progress, keep: false, cancellationToken).ConfigureAwait(false);
    }

    // The new process's figures of this phase (its JSON holds others: the run's own, the store's memory).
    private static bool TryMerge(string json, BenchReport report)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var merged = false;
            foreach (var figure in document.RootElement.EnumerateObject())
            {
                if (figure.Name.StartsWith("documents_", StringComparison.Ordinal) && figure.Value.ValueKind == JsonValueKind.Number)
                {
                    report.Add(figure.Name, figure.Value.GetDouble(), $"{figure.Name.Replace('_', ' ')} (a new process)");
                    merged = true;
                }
            }

            return merged;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // A chunk of ingestion's articles in id order, each with its id there; the actors and meetings first named in the
    // chunk are read, their ids set to 0 so the writer inserts them, and listed with their ids there to check.
    private static async Task<(List<(IngestBatch Batch, int Id)> Articles, List<int> NewActors, List<int> NewMeetings)> ReadChunkAsync(
        IKnowledgeStore source, int from, Dictionary<int, Actor> actors, Dictionary<int, Meeting> meetings, CancellationToken cancellationToken)
    {
        var found = await source.GetArticlesAsync(Enumerable.Range(from, Chunk), cancellationToken).ConfigureAwait(false);
        var articles = new List<(IngestBatch, int)>(found.Count);
        var (newActors, newMeetings) = (new List<int>(), new List<int>());
        foreach (var article in found.OrderBy(a => a.Id))
        {
            foreach (var id in article.ActorIds.Where(id => !actors.ContainsKey(id)))
            {
                var actor = await source.GetActorAsync(id, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"Article {article.Id} names actor {id}, which is not stored.");
                actor.Id = 0;
                actors[id] = actor;
                newActors.Add(id);
            }

            foreach (var id in article.MeetingIds.Where(id => !meetings.ContainsKey(id)))
            {
                var meeting = await source.GetMeetingAsync(id, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"Article {article.Id} names meeting {id}, which is not stored.");
                meeting.Id = 0;
                meetings[id] = meeting;
                newMeetings.Add(id);
            }

            articles.Add((Batch(article, actors, meetings), article.Id));
        }

        return (articles, newActors, newMeetings);
    }

    // The article with its actors and meetings in its own order: the writer lists them on the article in the order
    // given, and gives new ones ids in that order, as it did in ingestion. Their participants are their own lists
    // (no actor joins a meeting here: the documents are as ingestion finished them).
    private static IngestBatch Batch(Article article, Dictionary<int, Actor> actors, Dictionary<int, Meeting> meetings) =>
        new(article, [.. article.ActorIds.Select(id => actors[id])], [.. article.MeetingIds.Select(id => meetings[id])], new Dictionary<Meeting, IReadOnlyList<Actor>>());

    private static void Same(string kind, int original, int stored)
    {
        if (original != stored)
        {
            throw new InvalidOperationException($"The {kind} stored as {original} by ingestion was stored again as {stored}: the documents would not be the same.");
        }
    }
}
