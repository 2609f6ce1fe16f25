using System.Diagnostics;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Benchmarks;

/// <summary>
/// Runs the benchmark's phases, each timed on its own, through the services users get: extraction alone,
/// LiteDB inserts of the same documents without extraction (the storage limit), end-to-end ingestion,
/// the query commands, digests, the data file's size and a cold start on the full store.
/// </summary>
internal sealed class BenchRunner(BenchSettings settings, TextWriter progress)
{
    private readonly CorpusGenerator _corpus = new(settings.Seed, settings.Articles);

    public async Task<BenchReport> RunAsync(CancellationToken cancellationToken)
    {
        var report = new BenchReport();
        report.Add("articles", settings.Articles, "articles");
        report.Add("seed", settings.Seed, "seed");
        report.Add("cores", Environment.ProcessorCount, "cores");
        report.Add("load_avg_1m_before", MachineLoad(), "load average (1 min) before");

        if (settings.Runs("extract"))
        {
            await ExtractAsync(report, cancellationToken).ConfigureAwait(false);
        }

        if (settings.Runs("storage"))
        {
            await StorageOnlyAsync(report, cancellationToken).ConfigureAwait(false);
        }

        if (settings.Runs("ingest"))
        {
            var clock = new BenchClock(CorpusGenerator.Epoch);
            using (var host = BenchHost.Open(settings.DbPath, clock))
            {
                await IngestAsync(host, clock, report, cancellationToken).ConfigureAwait(false);
                if (settings.Runs("queries"))
                {
                    await new QueryPhase(_corpus, settings.Queries, progress).RunAsync(host.Services.GetRequiredService<ChatCommandRouter>(), report, cancellationToken).ConfigureAwait(false);
                }

                if (settings.Runs("digest"))
                {
                    await DigestPhase.RunAsync(host, clock, settings.Subscriptions, _corpus, report, progress, cancellationToken).ConfigureAwait(false);
                }
            }

            report.Add("data_file_bytes", BenchHost.FileBytes(settings.DbPath), "data file, bytes");
            report.Add("bytes_per_article", BenchHost.FileBytes(settings.DbPath) / (double)settings.Articles, "data file bytes per article");
        }

        if (settings.Runs("startup"))
        {
            report.Add("startup_s", await StartupPhase.MeasureAsync(settings.DbPath, _corpus.Persons[0].Name, progress, cancellationToken).ConfigureAwait(false), "start-up to first answer, s");
        }

        report.Add("peak_working_set_mb", Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024), "peak working set, MB");
        report.Add("load_avg_1m_after", MachineLoad(), "load average (1 min) after");
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

    private async Task StorageOnlyAsync(BenchReport report, CancellationToken cancellationToken)
    {
        var path = settings.DbPath + ".storage.db";
        var count = Math.Min(settings.Articles, settings.StorageSample);
        var watch = new Stopwatch();
        using (var host = BenchHost.Open(path, null))
        {
            var reader = host.Services.GetRequiredService<ArticleFileReader>();
            var store = host.Services.GetRequiredService<IKnowledgeStore>();
            IDisposable? batch = null;
            for (var i = 0; i < count; i++)
            {
                var text = _corpus.Text(i);
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
                Progress("storage-only insert", i, count, watch.Elapsed);
            }
        }

        report.Add("storage_insert_articles", count, "storage only: articles inserted");
        report.Add("storage_insert_articles_per_s", count / Math.Max(watch.Elapsed.TotalSeconds, 1e-9), "storage only: articles/s (no extraction)");
        report.Add("storage_bytes_per_article", BenchHost.FileBytes(path) / (double)Math.Max(1, count), "storage only: file bytes per article");
        BenchHost.Delete(path);
    }

    private async Task IngestAsync(IHost host, BenchClock clock, BenchReport report, CancellationToken cancellationToken)
    {
        var reader = host.Services.GetRequiredService<ArticleFileReader>();
        var ingestor = host.Services.GetRequiredService<ArticleIngestor>();
        var n = settings.Articles;
        var decile = Math.Max(1, n / 10);
        var watch = new Stopwatch();
        TimeSpan firstDecile = default, beforeLast = default;
        int added = 0, duplicates = 0;
        var actors = new HashSet<int>();
        var store = host.Services.GetRequiredService<IKnowledgeStore>();
        IDisposable? batch = null;
        for (var i = 0; i < n; i++)
        {
            var text = _corpus.Text(i);
            clock.Set(CorpusGenerator.ArrivalOf(i));
            watch.Start();
            // Bulk loading: one durable commit per batch of articles (see IKnowledgeStore.BeginBatch).
            batch ??= settings.Batch > 1 ? store.BeginBatch() : null;
            var draft = reader.ReadText(text, $"bench-{i}.txt").Draft!;
            var result = await ingestor.IngestAsync(draft, "bench", cancellationToken).ConfigureAwait(false);
            if (batch is not null && ((i + 1) % settings.Batch == 0 || i + 1 == n))
            {
                batch.Dispose();
                batch = null;
            }

            watch.Stop();
            added += result.Status == IngestStatus.Added ? 1 : 0;
            duplicates += result.Status == IngestStatus.AlreadyIndexed ? 1 : 0;
            actors.UnionWith(result.Actors.Select(a => a.Id));
            if (i + 1 == decile)
            {
                firstDecile = watch.Elapsed;
            }

            if (i + 1 == n - decile)
            {
                beforeLast = watch.Elapsed;
            }

            Progress("ingest", i, n, watch.Elapsed);
        }

        var seconds = Math.Max(watch.Elapsed.TotalSeconds, 1e-9);
        report.Add("ingest_batch", settings.Batch, "ingestion: articles per durable commit");
        report.Add("ingest_articles_per_s", n / seconds, "ingestion end to end: articles/s");
        report.Add("ingest_first_decile_articles_per_s", decile / Math.Max(firstDecile.TotalSeconds, 1e-9), "ingestion: articles/s, first 10%");
        report.Add("ingest_last_decile_articles_per_s", decile / Math.Max((watch.Elapsed - beforeLast).TotalSeconds, 1e-9), "ingestion: articles/s, last 10%");
        report.Add("ingest_added", added, "ingestion: added");
        report.Add("ingest_duplicates", duplicates, "ingestion: refused as duplicates");
        report.Add("actors", actors.Count, "actors in the store");
    }

    private ArticleDraft Draft(ArticleFileReader reader, int index) => reader.ReadText(_corpus.Text(index), $"bench-{index}.txt").Draft!;

    private void Progress(string phase, int i, int count, TimeSpan elapsed)
    {
        if ((i + 1) % 5000 == 0 || i + 1 == count)
        {
            progress.WriteLine($"[{phase}] {i + 1}/{count} in {elapsed.TotalSeconds:0.0} s ({(i + 1) / Math.Max(elapsed.TotalSeconds, 1e-9):0} /s)");
        }
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
