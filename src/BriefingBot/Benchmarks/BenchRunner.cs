using System.Diagnostics;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Benchmarks;

/// <summary>
/// Runs the benchmark's phases, each timed on its own, through the services users get: extraction alone, the
/// articles alone inserted without extraction, end-to-end ingestion, the query commands, digests, the data file's
/// size, a cold start on the full store, and every document ingestion stored, stored again without extraction (the
/// storage limit, <see cref="DocumentsPhase"/>).
/// </summary>
internal sealed class BenchRunner(BenchSettings settings, TextWriter progress)
{
    private readonly CorpusGenerator _corpus = new(settings.Seed, settings.Articles, settings.People);

    public async Task<BenchReport> RunAsync(CancellationToken cancellationToken)
    {
        var whole = Stopwatch.StartNew();
        var report = new BenchReport();
        report.Add("articles", settings.Articles, "articles");
        report.Add("seed", settings.Seed, "seed");
        report.Add("people", _corpus.Persons.Count, "people in the corpus");
        report.Add("cores", Environment.ProcessorCount, "cores");
        report.Add("load_avg_1m_before", MachineLoad(), "load average (1 min) before");

        if (settings.Runs("extract"))
        {
            await ExtractAsync(report, cancellationToken).ConfigureAwait(false);
            Memory(report, "extract");
        }

        if (settings.Runs("storage"))
        {
            await StorageOnlyAsync(report, cancellationToken).ConfigureAwait(false);
            Memory(report, "storage");
        }

        if (settings.Runs("ingest"))
        {
            var clock = new BenchClock(CorpusGenerator.Epoch);
            using (var host = BenchHost.Open(settings.DbPath, clock))
            {
                if (settings.Reuse)
                {
                    // The store of an earlier run with this corpus: the clock stands where its ingestion left it.
                    clock.Set(CorpusGenerator.ArrivalOf(settings.Articles - 1));
                    report.Add("reused_store", 1, "store reused from an earlier run (no ingestion)");
                }
                else
                {
                    var corpusPath = settings.DbPath + ".corpus";
                    var written = Stopwatch.StartNew();
                    CorpusFile.Write(_corpus, settings.Articles, corpusPath);
                    report.Add("corpus_write_s", written.Elapsed.TotalSeconds, "corpus generated and written to disk (not timed as ingestion), s");
                    try
                    {
                        await IngestAsync(host, clock, corpusPath, report, cancellationToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        File.Delete(corpusPath);
                    }
                }

                Memory(report, "ingest");
                if (settings.Runs("queries"))
                {
                    await new QueryPhase(_corpus, settings.Queries, progress).RunAsync(host.Services.GetRequiredService<ChatCommandRouter>(), report, cancellationToken).ConfigureAwait(false);
                    Memory(report, "queries");
                }

                if (settings.Runs("digest"))
                {
                    await DigestPhase.RunAsync(host, clock, settings.Subscriptions, _corpus, report, progress, cancellationToken).ConfigureAwait(false);
                    Memory(report, "digest");
                }

                if (settings.Reuse && settings.Runs("documents"))
                {
                    // On a kept store (as the new process of a whole run has it): here. Otherwise after the store is closed.
                    var store = host.Services.GetRequiredService<IKnowledgeStore>();
                    await DocumentsPhase.RunAsync(store, settings.DbPath + ".documents.db", settings.Batch, report, progress, keep: false, cancellationToken).ConfigureAwait(false);
                    Memory(report, "documents");
                }
            }

            if (report.TryGet("storage_insert_articles_per_s", out var stored) && report.TryGet("ingest_articles_per_s", out var ingested))
            {
                // The target compares rates; processor time, which other work on a shared machine stretches less, is beside it.
                report.Add("ingest_storage_ratio", stored / Math.Max(ingested, 1e-9), "ingestion's time per article over the storage-only insert's, ×");
                report.Add("ingest_storage_cpu_ratio", report["ingest_cpu_ms_per_article"] / Math.Max(report["storage_cpu_ms_per_article"], 1e-9), "the same in processor time, ×");
            }

            report.Add("data_file_bytes", BenchHost.FileBytes(settings.DbPath), "data file, bytes");
            report.Add("bytes_per_article", BenchHost.FileBytes(settings.DbPath) / (double)settings.Articles, "data file bytes per article");
        }

        if (settings.Runs("startup"))
        {
            report.Add("startup_s", await StartupPhase.MeasureAsync(settings.DbPath, _corpus.Persons[0].Name, progress, cancellationToken).ConfigureAwait(false), "start-up to first answer, s");
        }

        if (!settings.Reuse && settings.Runs("documents"))
        {
            await DocumentsPhase.RunElsewhereAsync(settings, report, progress, cancellationToken).ConfigureAwait(false);
        }

        if (report.TryGet("documents_insert_articles_per_s", out var restored) && report.TryGet("ingest_articles_per_s", out var rate))
        {
            report.Add("ingest_documents_ratio", restored / Math.Max(rate, 1e-9), "ingestion's time per article over the documents phase's (every document it stores), ×");
            if (report.TryGet("documents_cpu_ms_per_article", out var documentsCpu) && report.TryGet("ingest_cpu_ms_per_article", out var ingestCpu))
            {
                report.Add("ingest_documents_cpu_ratio", ingestCpu / Math.Max(documentsCpu, 1e-9), "the same in processor time, ×");
            }
        }

        report.Add("peak_working_set_mb", Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024), "peak working set, MB");
        report.Add("load_avg_1m_after", MachineLoad(), "load average (1 min) after");
        if (settings.Only is null && !settings.Reuse)
        {
            // The whole run, corpus generation included: the target is that it finishes within minutes.
            report.Add("bench_s", whole.Elapsed.TotalSeconds, "the whole run, s");
        }

        return report;
    }

    private async Task ExtractAsync(BenchReport report, CancellationToken cancellationToken)
    {
        using var host = BenchHost.Open(settings.DbPath + ".extract.db", null);
        var reader = host.Services.GetRequiredService<ArticleFileReader>();
        var extractor = host.Services.GetRequiredService<ArticleExtractor>();
        var count = Math.Min(settings.Articles, settings.ExtractSample);
        long bytes = 0, mentions = 0, meetings = 0;
        var watch = new Stopwatch();
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var draft = Draft(reader, i);
            bytes += System.Text.Encoding.UTF8.GetByteCount(draft.Body);
            watch.Start();
            var extraction = extractor.Extract(draft, draft.Published!.Value);
            watch.Stop();
            mentions += extraction.Mentions.Count;
            meetings += extraction.Meetings.Count;
            Progress("extract", i, count, watch.Elapsed);
        }

        var seconds = Math.Max(watch.Elapsed.TotalSeconds, 1e-9);
        report.Add("extract_sample_articles", count, "extraction: articles (sample)");
        report.Add("extract_mb_per_s", bytes / (1024.0 * 1024) / seconds, "extraction: MB/s");
        report.Add("extract_articles_per_s", count / seconds, "extraction: articles/s");
        report.Add("extract_mentions_per_article", mentions / (double)Math.Max(1, count), "extraction: mentions per article");
        report.Add("extract_meetings_per_article", meetings / (double)Math.Max(1, count), "extraction: meetings per article");
        report.Add("corpus_kb_per_article", bytes / 1024.0 / Math.Max(1, count), "corpus: body KB per article");
    }

    // Articles generated ahead of each stretch of the storage-only phase.
    private const int StorageChunk = 1_000;

    private async Task StorageOnlyAsync(BenchReport report, CancellationToken cancellationToken)
    {
        var path = settings.DbPath + ".storage.db";
        var count = Math.Min(settings.Articles, settings.StorageSample);
        var watch = new Stopwatch();
        var work = new ChunkedWork();
        using (var host = BenchHost.Open(path, null))
        {
            var reader = host.Services.GetRequiredService<ArticleFileReader>();
            var store = host.Services.GetRequiredService<IKnowledgeStore>();
            IDisposable? batch = null;
            var texts = new List<string>(StorageChunk);
            for (var i = 0; i < count; i++)
            {
                if (i % StorageChunk == 0)
                {
                    // Generated ahead, untimed, a chunk at a time: the phase's time and processor time are the store's.
                    texts.Clear();
                    texts.AddRange(Enumerable.Range(i, Math.Min(StorageChunk, count - i)).Select(_corpus.Text));
                    work.Begin();
                }

                var text = texts[i % StorageChunk];
                watch.Start();
                batch ??= settings.Batch > 1 ? store.BeginBatch() : null;
                var draft = reader.ReadText(text).Draft!;
                // What the ingestor stores for an article, with no extraction and no actors or meetings.
                var article = new Article
                {
                    Title = draft.Title ?? "",
                    Published = draft.Published,
                    IngestedAt = CorpusGenerator.ArrivalOf(i),
                    Source = draft.Source,
                    Url = draft.Url,
                    Body = draft.Body,
                    ContentHash = ContentHash.Of(draft.Body) + "/" + i,
                    AddedBy = "bench",
                };
                await store.CommitIngestAsync(new IngestBatch(article, [], [], new Dictionary<Core.Meetings.Meeting, IReadOnlyList<Core.Actors.Actor>>()), cancellationToken).ConfigureAwait(false);
                if (batch is not null && ((i + 1) % settings.Batch == 0 || i + 1 == count))
                {
                    batch.Dispose();
                    batch = null;
                }

                watch.Stop();
                if ((i + 1) % StorageChunk == 0 || i + 1 == count)
                {
                    work.End();
                }

                Progress("storage-only insert", i, count, watch.Elapsed);
            }
        }

        report.Add("storage_insert_articles", count, "storage only: articles inserted");
        report.Add("storage_insert_articles_per_s", count / Math.Max(watch.Elapsed.TotalSeconds, 1e-9), "storage only: articles/s (no extraction)");
        work.Report(report, "storage", "storage only", count);
        report.Add("storage_bytes_per_article", BenchHost.FileBytes(path) / (double)Math.Max(1, count), "storage only: file bytes per article");
        BenchHost.Delete(path);
    }

    // The ingest verb's pipeline: the corpus read from disk, extraction on every core ahead of the one thread that
    // resolves and commits.
    private async Task IngestAsync(IHost host, BenchClock clock, string corpusPath, BenchReport report, CancellationToken cancellationToken)
    {
        var reader = host.Services.GetRequiredService<ArticleFileReader>();
        var ingestor = host.Services.GetRequiredService<ArticleIngestor>();
        var n = settings.Articles;
        var decile = Math.Max(1, n / 10);
        int added = 0, duplicates = 0, done = 0;
        var actors = new HashSet<int>();
        var meetings = new HashSet<int>();
        // Each meeting's participants and reports as its latest report left them: a meeting that swallows others shows here.
        var meetingSizes = new Dictionary<int, (int Participants, int Reports)>();
        // Results arrive a committed batch at a time: (results so far, seconds) at each commit.
        var commits = new List<(int Done, double Seconds)>();
        using var threads = ThreadTimes.Start();
        var watch = Stopwatch.StartNew();
        var work = Work.Now();
        var options = new BulkIngestOptions { BatchSize = settings.Batch };
        await foreach (var batch in ingestor.IngestBatchesAsync(Corpus(reader, clock, corpusPath).ToAsyncEnumerable(), options, cancellationToken).ConfigureAwait(false))
        {
            foreach (var result in batch)
            {
                added += result.Status == IngestStatus.Added ? 1 : 0;
                duplicates += result.Status == IngestStatus.AlreadyIndexed ? 1 : 0;
                actors.UnionWith(result.Actors.Select(a => a.Id));
                meetings.UnionWith(result.Meetings.Select(m => m.Id));
                foreach (var meeting in result.Meetings)
                {
                    meetingSizes[meeting.Id] = (meeting.ParticipantIds.Count, meeting.ReportCount);
                }
            }

            done += batch.Count;
            commits.Add((done, watch.Elapsed.TotalSeconds));
            threads.Mark();
            if (done / 5000 > (done - batch.Count) / 5000 || done == n)
            {
                progress.WriteLine($"[ingest] {done}/{n} in {watch.Elapsed.TotalSeconds:0.0} s ({done / Math.Max(watch.Elapsed.TotalSeconds, 1e-9):0} /s)");
            }
        }

        var seconds = Math.Max(watch.Elapsed.TotalSeconds, 1e-9);
        work = Work.Now() - work;
        var byKind = threads.Stop();
        // The deciles are rounded out to whole commits: the first commit reaching 10%, and from the last commit
        // leaving at least 10% to the end.
        var first = commits.FirstOrDefault(c => c.Done >= decile, (Done: n, Seconds: seconds));
        var last = commits.LastOrDefault(c => n - c.Done >= decile, (Done: 0, Seconds: 0));
        report.Add("ingest_batch", settings.Batch, "ingestion: articles per durable commit");
        report.Add("ingest_workers", Environment.ProcessorCount, "ingestion: extraction threads");
        report.Add("ingest_articles_per_s", n / seconds, "ingestion end to end: articles/s");
        report.Add("ingest_first_decile_articles_per_s", first.Done / Math.Max(first.Seconds, 1e-9), "ingestion: articles/s, first 10%");
        report.Add("ingest_last_decile_articles_per_s", (n - last.Done) / Math.Max(seconds - last.Seconds, 1e-9), "ingestion: articles/s, last 10%");
        work.Report(report, "ingest", "ingestion", n);
        ThreadTimes.Report(report, "ingest", "ingestion", byKind, n);
        report.Add("ingest_added", added, "ingestion: added");
        report.Add("ingest_duplicates", duplicates, "ingestion: refused as duplicates");
        report.Add("actors", actors.Count, "actors in the store");
        report.Add("meetings", meetings.Count, "meetings in the store");
        report.Add("meetings_max_participants", meetingSizes.Values.DefaultIfEmpty().Max(m => m.Participants), "largest meeting: participants");
        report.Add("meetings_max_reports", meetingSizes.Values.DefaultIfEmpty().Max(m => m.Reports), "most reported meeting: reporting articles");
    }

    // The corpus in arrival order. The ingestor reads the clock as it takes each article, before asking for the
    // next, so setting it here gives every article its own arrival time, as when they came one by one.
    private static IEnumerable<IngestRequest> Corpus(ArticleFileReader reader, BenchClock clock, string corpusPath)
    {
        var i = 0;
        foreach (var bytes in CorpusFile.Read(corpusPath))
        {
            clock.Set(CorpusGenerator.ArrivalOf(i));
            yield return new IngestRequest(reader.Read(bytes, $"bench-{i}.txt").Draft!, "bench");
            i++;
        }
    }

    private ArticleDraft Draft(ArticleFileReader reader, int index) => reader.ReadText(_corpus.Text(index), $"bench-{index}.txt").Draft!;

    private void Progress(string phase, int i, int count, TimeSpan elapsed)
    {
        if ((i + 1) % 5000 == 0 || i + 1 == count)
        {
            progress.WriteLine($"[{phase}] {i + 1}/{count} in {elapsed.TotalSeconds:0.0} s ({(i + 1) / Math.Max(elapsed.TotalSeconds, 1e-9):0} /s)");
        }
    }

    // Where the memory goes: the process's working set and the managed heap after each phase.
    private static void Memory(BenchReport report, string phase)
    {
        using var process = Process.GetCurrentProcess();
        report.Add($"working_set_after_{phase}_mb", process.WorkingSet64 / (1024.0 * 1024), $"working set after {phase}, MB");
        // The process's high-water mark so far: the phase where it rises is the one that set the peak.
        report.Add($"peak_working_set_after_{phase}_mb", process.PeakWorkingSet64 / (1024.0 * 1024), $"peak working set so far, after {phase}, MB");
        var gc = GC.GetGCMemoryInfo();
        report.Add($"managed_heap_after_{phase}_mb", gc.HeapSizeBytes / (1024.0 * 1024), $"managed heap after {phase}, MB");
        // What the collector holds from the system: the heap, its free regions not yet handed back and its bookkeeping.
        report.Add($"managed_committed_after_{phase}_mb", gc.TotalCommittedBytes / (1024.0 * 1024), $"memory the collector holds after {phase}, MB");
        // What the process has allocated so far and how often it collected: allocation is what costs GC time.
        report.Add($"allocated_after_{phase}_mb", GC.GetTotalAllocatedBytes() / (1024.0 * 1024), $"allocated so far, after {phase}, MB");
        report.Add($"gc_count_after_{phase}", GC.CollectionCount(0), $"collections so far (gen0/1/2: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}), after {phase}");
        report.Add($"gc_pause_after_{phase}_s", GC.GetTotalPauseDuration().TotalSeconds, $"time paused for collections so far, after {phase}, s");
        // What is still referenced (the heap above also holds garbage not yet collected).
        report.Add($"managed_live_after_{phase}_mb", GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024), $"managed memory in use after {phase}, MB");
    }

    private static double MachineLoad()
    {
        try
        {
            return double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return -1;
        }
    }
}
