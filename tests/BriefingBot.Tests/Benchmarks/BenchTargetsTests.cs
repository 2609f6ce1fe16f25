using BriefingBot.Benchmarks;

namespace BriefingBot.Tests.Benchmarks;

public sealed class BenchTargetsTests
{
    [Fact]
    public void A_10000_article_run_checks_ingestion_and_digests_and_says_which_target_it_missed()
    {
        var report = Report(
            ("articles", 10_000), ("ingest_articles_per_s", 1_864.2), ("ingest_storage_ratio", 2.91), ("ingest_documents_ratio", 3.08),
            ("who_p99_ms", 14), ("digest_subscriptions", 1_000), ("digest_1000_s", 1.48), ("peak_working_set_mb", 320));

        var lines = BenchTargets.Check(report);

        Assert.Equal(
            [
                "Targets at 10,000 articles (README, Performance):",
                "  met    end-to-end ingestion ≥ 1,000 articles/s: 1,864 articles/s",
                "  MISSED ingestion within 3× of storing its documents without extraction: 3.08×",
                "  met    digests for 1,000 subscriptions ≤ 2 s: 1.48 s",
            ],
            lines);
        Assert.True(report.TryGet("targets_met", out var met));
        Assert.True(report.TryGet("targets_missed", out var missed));
        Assert.Equal((2, 1), (met, missed));
    }

    [Fact]
    public void A_100000_article_run_checks_queries_memory_start_up_length_and_growth_against_the_smaller_run()
    {
        var report = Report(
            ("articles", 100_000), ("ingest_articles_per_s", 1_400), ("ingest_storage_ratio", 3.9), ("against_articles", 10_000),
            ("ingest_rate_share", 0.7401), ("who_p99_ms", 4.06), ("meetings_p99_ms", 20), ("search_p99_ms", 50.2),
            ("digest_subscriptions", 1_000), ("digest_1000_s", 2.31), ("peak_working_set_mb", 481.4), ("startup_s", 1.5), ("bench_s", 212));

        var lines = BenchTargets.Check(report);

        Assert.Equal(
            [
                "Targets at 100,000 articles (README, Performance):",
                "  MISSED ingestion at 100,000 articles within 25% of its rate at 10,000: 0.740 of it",
                "  met    /who p99 ≤ 10 ms: 4.1 ms",
                "  met    /meetings p99 ≤ 20 ms: 20.0 ms",
                "  MISSED /search p99 ≤ 50 ms: 50.2 ms",
                "  MISSED digests for 1,000 subscriptions ≤ 2 s: 2.31 s",
                "  met    peak working set ≤ 500 MB: 481 MB",
                "  met    start-up to the first answer ≤ 3 s: 1.50 s",
                "  met    the whole run ≤ 10 minutes: 212 s",
            ],
            lines);
    }

    [Fact]
    public void Growth_is_checked_only_against_a_10000_article_run_and_unmeasured_figures_are_left_out()
    {
        var report = Report(("articles", 100_000), ("against_articles", 20_000), ("ingest_rate_share", 0.5), ("who_p99_ms", 3));

        var lines = BenchTargets.Check(report);

        Assert.Equal(["Targets at 100,000 articles (README, Performance):", "  met    /who p99 ≤ 10 ms: 3.0 ms"], lines);
    }

    [Fact]
    public void A_run_about_another_number_of_people_says_the_targets_are_set_on_the_default_corpus()
    {
        var report = Report(
            ("articles", 100_000), ("people", 2_000), ("against_articles", 10_000), ("against_people", 2_000),
            ("ingest_rate_share", 0.98), ("who_p99_ms", 4));
        var against = Report(("articles", 100_000), ("people", 2_000), ("against_articles", 10_000), ("against_people", 500), ("ingest_rate_share", 0.98));
        var usual = Report(("articles", 100_000), ("people", 20_000), ("against_articles", 10_000), ("against_people", 2_000), ("ingest_rate_share", 0.98));

        var lines = BenchTargets.Check(report);

        Assert.Equal(
            [
                "Targets at 100,000 articles (README, Performance):",
                "  (this run's corpus is about 2,000 people; the targets are set on the default corpus, 20,000 people for 100,000 articles)",
                "  met    ingestion at 100,000 articles within 25% of its rate at 10,000: 0.980 of it",
                "  met    /who p99 ≤ 10 ms: 4.0 ms",
            ],
            lines);
        Assert.Equal(
            [
                "  (this run's corpus is about 2,000 people; the targets are set on the default corpus, 20,000 people for 100,000 articles)",
                "  (the --against run's corpus is about 500 people; the targets are set on the default corpus, 2,000 people for 10,000 articles)",
            ],
            BenchTargets.Check(against).Skip(1).Take(2));
        Assert.DoesNotContain(BenchTargets.Check(usual), l => l.Contains("people", StringComparison.Ordinal));
    }

    [Fact]
    public void A_run_of_another_size_is_told_where_the_targets_are_set()
    {
        var report = Report(("articles", 200), ("ingest_articles_per_s", 90), ("digest_subscriptions", 5), ("digest_1000_s", 0.1));

        var lines = BenchTargets.Check(report);

        var line = Assert.Single(lines);
        Assert.StartsWith("No target applies to this run: targets are set at 10,000 and 100,000 articles", line, StringComparison.Ordinal);
        Assert.True(report.TryGet("targets_met", out var met));
        Assert.Equal(0, met);
    }

    private static BenchReport Report(params (string Key, double Value)[] figures)
    {
        var report = new BenchReport();
        foreach (var (key, value) in figures)
        {
            report.Add(key, value, key);
        }

        return report;
    }
}
