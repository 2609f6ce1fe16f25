using System.Globalization;

namespace BriefingBot.Benchmarks;

/// <summary>
/// The performance targets the bot is held to on its 2-core build machine (README, Performance), checked against one
/// run's figures. Each target belongs to a corpus size: a 10,000-article run checks the ingestion targets, a
/// 100,000-article run the queries, memory, start-up and the run's length, any run with 1,000 subscriptions the
/// digests. Growth from 10,000 to 100,000 articles needs both runs: a 100,000-article run given the 10,000-article
/// run's JSON (<c>--against</c>) checks it. A target whose figure the run did not measure is left out.
/// </summary>
internal static class BenchTargets
{
    private const int Small = 10_000;
    private const int Large = 100_000;

    private static readonly Target[] s_targets =
    [
        new("end-to-end ingestion ≥ 1,000 articles/s", r => Articles(r) == Small, "ingest_articles_per_s", 1_000, AtMost: false, "{0:#,0} articles/s"),
        // The storage limit is every document ingestion stores, stored without extraction (DocumentsPhase); the
        // storage-only phase's articles alone (ingest_storage_ratio) were the measure until session 26.
        new("ingestion within 3× of storing its documents without extraction", r => Articles(r) == Small, "ingest_documents_ratio", 3, AtMost: true, "{0:0.00}×"),
        new("ingestion at 100,000 articles within 25% of its rate at 10,000", r => Articles(r) == Large && r.TryGet("against_articles", out var n) && n == Small, "ingest_rate_share", 0.75, AtMost: false, "{0:0.000} of it"),
        new("/who p99 ≤ 10 ms", r => Articles(r) == Large, "who_p99_ms", 10, AtMost: true, "{0:0.0} ms"),
        new("/meetings p99 ≤ 20 ms", r => Articles(r) == Large, "meetings_p99_ms", 20, AtMost: true, "{0:0.0} ms"),
        new("/search p99 ≤ 50 ms", r => Articles(r) == Large, "search_p99_ms", 50, AtMost: true, "{0:0.0} ms"),
        new("digests for 1,000 subscriptions ≤ 2 s", r => r.TryGet("digest_subscriptions", out var n) && n == 1_000, "digest_1000_s", 2, AtMost: true, "{0:0.00} s"),
        new("peak working set ≤ 500 MB", r => Articles(r) == Large, "peak_working_set_mb", 500, AtMost: true, "{0:0} MB"),
        new("start-up to the first answer ≤ 3 s", r => Articles(r) == Large, "startup_s", 3, AtMost: true, "{0:0.00} s"),
        new("the whole run ≤ 10 minutes", r => Articles(r) == Large, "bench_s", 600, AtMost: true, "{0:0} s"),
    ];

    /// <summary>
    /// Checks the targets that apply to the run and adds <c>targets_met</c> and <c>targets_missed</c> to its report;
    /// returns a line for each target checked, or one line saying why none applies.
    /// </summary>
    public static IReadOnlyList<string> Check(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lines = new List<string>();
        int met = 0, missed = 0;
        foreach (var target in s_targets)
        {
            if (!target.Applies(report) || !report.TryGet(target.Key, out var value))
            {
                continue;
            }

            var ok = target.AtMost ? value <= target.Limit : value >= target.Limit;
            met += ok ? 1 : 0;
            missed += ok ? 0 : 1;
            lines.Add($"  {(ok ? "met" : "MISSED"),-7}{target.Text}: {string.Format(CultureInfo.InvariantCulture, target.Shown, value)}");
        }

        report.Add("targets_met", met, "targets met");
        report.Add("targets_missed", missed, "targets missed");
        if (lines.Count == 0)
        {
            return [$"No target applies to this run: targets are set at {Small:#,0} and {Large:#,0} articles (all phases), digests at 1,000 subscriptions."];
        }

        lines.Insert(0, string.Create(CultureInfo.InvariantCulture, $"Targets at {Articles(report):#,0} articles (README, Performance):"));
        var notes = new List<string?> { CastNote(report, "people", Articles(report), "this run's corpus") };
        if (report.TryGet("against_articles", out var againstArticles))
        {
            notes.Add(CastNote(report, "against_people", againstArticles, "the --against run's corpus"));
        }

        lines.InsertRange(1, notes.OfType<string>());

        return lines;
    }

    // The targets are set on the bench's default corpus; a run about another number of people (--people) says so.
    private static string? CastNote(BenchReport report, string key, double articles, string whose) =>
        report.TryGet(key, out var people) && people != CorpusGenerator.DefaultPeople((int)articles)
            ? string.Create(CultureInfo.InvariantCulture, $"  ({whose} is about {people:#,0} people; the targets are set on the default corpus, {CorpusGenerator.DefaultPeople((int)articles):#,0} people for {articles:#,0} articles)")
            : null;

    private static double Articles(BenchReport report) => report.TryGet("articles", out var n) ? n : 0;

    private sealed record Target(string Text, Func<BenchReport, bool> Applies, string Key, double Limit, bool AtMost, string Shown);
}
