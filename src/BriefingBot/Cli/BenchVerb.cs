using System.Globalization;
using BriefingBot.Benchmarks;

namespace BriefingBot.Cli;

/// <summary>
/// <c>bench [--articles N] [--seed S] [--db PATH] [--json] [--only PHASES] [--reuse]</c>: the performance benchmark on a
/// generated corpus. With <c>--reuse</c>, the data file an earlier run left at <c>--db</c> (same articles and seed) is
/// kept and ingestion skipped, to measure queries, digests and start-up again on a big store.
/// It builds its own hosts (the main store, a storage-only store, a cold start), so it runs before the verb host.
/// </summary>
public sealed class BenchVerb
{
    public async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(output);
        if (!TryNumber(line, "--articles", 10_000, out var articles) || !TryNumber(line, "--seed", 7, out var seed)
            || !TryNumber(line, "--batch", Core.Articles.BulkIngestOptions.DefaultBatchSize, out var batch)
            || !TryNumber(line, "--queries", 1000, out var queries) || !TryNumber(line, "--subscriptions", 1000, out var subscriptions) || articles < 10)
        {
            await output.WriteLineAsync("bench takes whole numbers, at least 10 articles, e.g. bench --articles 10000 --seed 7 --json").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        IReadOnlySet<string>? only = null;
        if (line.Value("--only") is { } phases && (only = BenchSettings.ParsePhases(phases)) is null)
        {
            await output.WriteLineAsync($"--only takes phases separated by commas, from {string.Join(", ", BenchSettings.AllPhases)}; e.g. --only ingest,digest").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var temporary = line.Value("--db") is null;
        var folder = temporary ? Directory.CreateTempSubdirectory("briefingbot-bench-").FullName : null;
        var dbPath = Path.GetFullPath(line.Value("--db") ?? Path.Combine(folder!, "bench.db"));
        var reuse = line.Has("--reuse");
        if (reuse && (temporary || !File.Exists(dbPath)))
        {
            await output.WriteLineAsync("--reuse takes the data file of an earlier run: give its --db, e.g. bench --articles 100000 --db big.db --reuse --only queries").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        if (File.Exists(dbPath) && !reuse)
        {
            await output.WriteLineAsync($"bench needs a fresh data file; {dbPath} exists. Give another --db or remove it.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            var settings = new BenchSettings(articles, seed, dbPath, queries, subscriptions, Batch: batch, Only: only, Reuse: reuse);
            var report = await new BenchRunner(settings, progress).RunAsync(cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(line.Has("--json") ? report.ToJson() : report.ToTable()).ConfigureAwait(false);
            return ExitCodes.Ok;
        }
        finally
        {
            if (folder is not null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static bool TryNumber(CommandLine line, string option, int fallback, out int value)
    {
        value = fallback;
        var text = line.Value(option);
        return text is null || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0);
    }
}
