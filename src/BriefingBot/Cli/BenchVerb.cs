using System.Globalization;
using System.Text.Json;
using BriefingBot.Benchmarks;

namespace BriefingBot.Cli;

/// <summary>
/// <c>bench [--articles N] [--seed S] [--people P] [--db PATH] [--json] [--only PHASES] [--reuse] [--against FILE]</c>: the
/// performance benchmark on a generated corpus, ending with the targets that apply to the run (<see cref="BenchTargets"/>).
/// With <c>--reuse</c>, the data file an earlier run left at <c>--db</c> (same articles, seed and people) is kept and ingestion
/// skipped, to measure queries, digests and start-up again on a big store. With <c>--against</c>, the JSON of a run of
/// fewer articles, whose ingestion rate this run's is compared with. With <c>--people</c>, a corpus about that many people
/// instead of a fifth of the articles (to compare runs of different sizes about the same people).
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

        int? people = null;
        if (line.Value("--people") is not null)
        {
            if (!TryNumber(line, "--people", 0, out var asked) || asked < 10)
            {
                await output.WriteLineAsync($"--people takes how many people the corpus writes about, a whole number of at least 10 (by default a fifth of the articles, {CorpusGenerator.DefaultPeople(articles):N0} here); e.g. bench --articles 100000 --people 2000").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            people = asked;
        }

        IReadOnlySet<string>? only = null;
        if (line.Value("--only") is { } phases && (only = BenchSettings.ParsePhases(phases)) is null)
        {
            await output.WriteLineAsync($"--only takes phases separated by commas, from {string.Join(", ", BenchSettings.AllPhases)}; e.g. --only ingest,digest").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        (double Articles, double Rate, double? People)? against = null;
        if (line.Value("--against") is { } againstPath && (against = ReadAgainst(againstPath)) is null)
        {
            await output.WriteLineAsync($"--against takes the --json output of an earlier run that ingested articles; {againstPath} is not one. E.g. bench --articles 10000 --json > 10k.json, then bench --articles 100000 --against 10k.json").ConfigureAwait(false);
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
            var settings = new BenchSettings(articles, seed, dbPath, queries, subscriptions, Batch: batch, Only: only, Reuse: reuse, People: people);
            var report = await new BenchRunner(settings, progress).RunAsync(cancellationToken).ConfigureAwait(false);
            if (against is { } other && report.TryGet("ingest_articles_per_s", out var rate))
            {
                report.Add("against_articles", other.Articles, "--against run: articles");
                report.Add("ingest_rate_share", rate / other.Rate, "ingestion rate as a share of the --against run's");
                if (other.People is { } otherPeople)
                {
                    report.Add("against_people", otherPeople, "--against run: people in its corpus");
                }
            }

            var targets = BenchTargets.Check(report);
            if (line.Has("--json"))
            {
                // Standard output holds the one JSON object; the targets go where the progress goes.
                await output.WriteLineAsync(report.ToJson()).ConfigureAwait(false);
                await progress.WriteLineAsync(string.Join('\n', targets)).ConfigureAwait(false);
            }
            else
            {
                await output.WriteLineAsync(report.ToTable() + "\n" + string.Join('\n', targets)).ConfigureAwait(false);
            }

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

    // The articles, ingestion rate and people (runs since session 27) of an earlier run's --json output; null when
    // the file is not that.
    private static (double Articles, double Rate, double? People)? ReadAgainst(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("articles", out var articles) && articles.ValueKind == JsonValueKind.Number
                && json.RootElement.TryGetProperty("ingest_articles_per_s", out var rate) && rate.ValueKind == JsonValueKind.Number && rate.GetDouble() > 0
                ? (articles.GetDouble(), rate.GetDouble(),
                    json.RootElement.TryGetProperty("people", out var people) && people.ValueKind == JsonValueKind.Number ? people.GetDouble() : null)
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    private static bool TryNumber(CommandLine line, string option, int fallback, out int value)
    {
        value = fallback;
        var text = line.Value(option);
        return text is null || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0);
    }
}
