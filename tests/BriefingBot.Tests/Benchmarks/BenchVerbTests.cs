using System.Text.Json;
using BriefingBot.Benchmarks;
using BriefingBot.Cli;

namespace BriefingBot.Tests.Benchmarks;

[Collection(AloneInProcess.Name)]
public sealed class BenchVerbTests : IDisposable
{
    // Earlier runs' JSON for --against, deleted after each test.
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("briefingbot-bench-");

    private static readonly string[] s_keys =
    [
        "articles", "extract_mb_per_s", "extract_articles_per_s", "ingest_articles_per_s", "storage_insert_articles_per_s",
        "who_p50_ms", "who_p99_ms", "meetings_p99_ms", "search_p99_ms", "digest_1000_s", "peak_working_set_mb",
        "bytes_per_article", "startup_s",
    ];

    [Fact]
    public void The_corpus_is_the_same_for_a_seed_and_differs_between_seeds()
    {
        var first = new CorpusGenerator(7, 200);
        var again = new CorpusGenerator(7, 200);
        var other = new CorpusGenerator(8, 200);

        var texts = Enumerable.Range(0, 40).Select(first.Text).ToList();

        Assert.Equal(texts, Enumerable.Range(0, 40).Select(again.Text));
        Assert.NotEqual(texts, Enumerable.Range(0, 40).Select(other.Text));
        Assert.All(texts, t => Assert.StartsWith("---\ntitle: ", t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(t), 2000, 9500));
    }

    [Fact]
    public void The_corpus_writes_about_a_fifth_of_its_articles_in_people_unless_told_how_many()
    {
        var small = new CorpusGenerator(7, 10_000);
        var big = new CorpusGenerator(7, 100_000);
        var bigAboutTheSamePeople = new CorpusGenerator(7, 100_000, people: 2_000);

        Assert.Equal(2_000, small.Persons.Count);
        Assert.Equal(20_000, big.Persons.Count);
        // The same people as the smaller corpus, not merely as many.
        Assert.Equal(small.Persons, bigAboutTheSamePeople.Persons);
        var named = Enumerable.Range(0, 4_000).Select(i => bigAboutTheSamePeople.Placement(i).Story).SelectMany(s => s.Participants.Concat(s.Others).Append(s.Analyst)).ToList();
        Assert.All(named, p => Assert.InRange(p.Index, 0, 1_999));
    }

    [Fact]
    public void Near_duplicates_come_from_different_outlets()
    {
        var corpus = new CorpusGenerator(7, 400);

        var copies = Enumerable.Range(0, 400).Select(i => (Index: i, Place: corpus.Placement(i))).Where(x => x.Place.Copy > 0).ToList();

        Assert.NotEmpty(copies);
        var (index, place) = copies[0];
        var original = Enumerable.Range(0, index).First(i => corpus.Placement(i).Story.Id == place.Story.Id);
        Assert.NotEqual(Source(corpus.Text(original)), Source(corpus.Text(index)));
    }

    [Fact]
    public async Task Bench_prints_one_json_object_with_sane_figures()
    {
        var output = new StringWriter();
        var line = CommandLine.Parse(["bench", "--articles", "200", "--queries", "40", "--subscriptions", "5", "--json"]);

        var code = await new BenchVerb().RunAsync(line, output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(ExitCodes.Ok, code);
        using var json = JsonDocument.Parse(output.ToString());
        foreach (var key in s_keys)
        {
            Assert.True(json.RootElement.TryGetProperty(key, out var value), key);
            Assert.Equal(JsonValueKind.Number, value.ValueKind);
        }

        var figures = s_keys.ToDictionary(k => k, k => json.RootElement.GetProperty(k).GetDouble());
        Assert.Equal(200, figures["articles"]);
        Assert.All(s_keys, k => Assert.True(figures[k] > 0, $"{k} = {figures[k]}"));
        Assert.True(figures["who_p50_ms"] <= figures["who_p99_ms"]);
        // What each kind of command allocates, and the collections it paid for.
        Assert.All(new[] { "who", "meetings", "search" }, name =>
        {
            Assert.True(json.RootElement.GetProperty($"{name}_allocated_kb_per_query").GetDouble() > 0, name);
            Assert.True(json.RootElement.GetProperty($"{name}_gc_pause_ms").GetDouble() >= 0, name);
        });
        Assert.InRange(json.RootElement.GetProperty("ingest_added").GetDouble(), 190, 200);
        // The ratio the 3× target reads, by the clock and in processor time; no target is set at 200 articles.
        Assert.Equal(figures["storage_insert_articles_per_s"] / figures["ingest_articles_per_s"], json.RootElement.GetProperty("ingest_storage_ratio").GetDouble(), 3);
        Assert.True(json.RootElement.GetProperty("ingest_storage_cpu_ratio").GetDouble() > 0);
        // The documents phase (a run of this size takes it unasked) stores again every article ingestion added, every
        // actor and every meeting; the 3× target reads the ratio of the two rates.
        Assert.Equal(json.RootElement.GetProperty("ingest_added").GetDouble(), json.RootElement.GetProperty("documents_articles").GetDouble());
        Assert.Equal(json.RootElement.GetProperty("actors").GetDouble(), json.RootElement.GetProperty("documents_actors").GetDouble());
        Assert.Equal(json.RootElement.GetProperty("meetings").GetDouble(), json.RootElement.GetProperty("documents_meetings").GetDouble());
        Assert.Equal(
            json.RootElement.GetProperty("documents_insert_articles_per_s").GetDouble() / figures["ingest_articles_per_s"],
            json.RootElement.GetProperty("ingest_documents_ratio").GetDouble(),
            2);
        Assert.True(json.RootElement.GetProperty("ingest_documents_cpu_ratio").GetDouble() > 0);
        Assert.True(json.RootElement.GetProperty("bench_s").GetDouble() >= figures["startup_s"]);
        Assert.Equal(0, json.RootElement.GetProperty("targets_met").GetDouble() + json.RootElement.GetProperty("targets_missed").GetDouble());
        // A story names two or three people: no meeting swallows others (with the old "half the smaller side" rule,
        // 200 bench articles already made one meeting of 9 participants).
        Assert.InRange(json.RootElement.GetProperty("meetings_max_participants").GetDouble(), 2, 6);

        // The work behind each article, for comparing builds on a shared machine: ingestion does all that storage does and
        // more. (Allocation shows it. Processor time over 200 articles is mostly compiling, and in this test process much
        // of the code was compiled by the tests before: either phase may come out ahead.)
        double Work(string key) => json.RootElement.GetProperty(key).GetDouble();
        Assert.True(Work("ingest_cpu_ms_per_article") > 0);
        Assert.True(Work("storage_cpu_ms_per_article") > 0);
        Assert.True(Work("ingest_allocated_kb_per_article") > Work("storage_allocated_kb_per_article"));
        Assert.True(Work("storage_allocated_kb_per_article") > 0);
        if (OperatingSystem.IsLinux())
        {
            // Every article reaches the data file's log at least once.
            Assert.True(Work("storage_written_kb_per_article") > 1, $"{Work("storage_written_kb_per_article")} KB written per article");
            Assert.True(Work("ingest_written_kb_per_article") > 1);

            // Where ingestion's processor time went, by kind of thread. (The kernel counts each thread's time in hundredths of
            // a second, so over the fraction of a second this phase takes here the kinds need not add up to the whole.)
            Assert.All(ThreadTimes.Kinds, kind => Assert.True(Work($"ingest_cpu_{kind}_ms_per_article") >= 0, kind));
            Assert.True(Work("ingest_cpu_extraction_ms_per_article") > 0);
            Assert.True(Work("ingest_cpu_writer_ms_per_article") > 0);
            Assert.Equal(0, Work("storage_cpu_extraction_ms_per_article"));
        }
    }

    [Fact]
    public async Task Bench_only_runs_the_phases_named_and_the_ingestion_they_need()
    {
        var output = new StringWriter();
        var line = CommandLine.Parse(["bench", "--articles", "120", "--subscriptions", "6", "--only", "digest", "--json"]);

        var code = await new BenchVerb().RunAsync(line, output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(ExitCodes.Ok, code);
        using var json = JsonDocument.Parse(output.ToString());
        Assert.True(json.RootElement.GetProperty("digest_1000_s").GetDouble() > 0);
        // The producer's own account of the batch's steps: within the batch's time.
        var steps = new[] { "digest_prepare_s", "digest_compose_s", "digest_record_s" }.Select(k => json.RootElement.GetProperty(k).GetDouble()).ToList();
        Assert.All(steps, s => Assert.True(s >= 0));
        Assert.True(steps.Sum() <= json.RootElement.GetProperty("digest_1000_s").GetDouble() + 0.003, string.Join(", ", steps));
        Assert.Equal(6, json.RootElement.GetProperty("digest_subscriptions").GetDouble());
        Assert.True(json.RootElement.GetProperty("digest_window_articles").GetDouble() > 0);
        // Every digest written to the outbox is then sent, once.
        Assert.Equal(6 * json.RootElement.GetProperty("digest_delivered_share").GetDouble(), json.RootElement.GetProperty("digest_sent").GetDouble(), 6);
        Assert.True(json.RootElement.GetProperty("digest_sent").GetDouble() > 0);
        Assert.True(json.RootElement.GetProperty("digest_dispatch_s").GetDouble() > 0);
        Assert.True(json.RootElement.TryGetProperty("ingest_articles_per_s", out _));
        Assert.False(json.RootElement.TryGetProperty("extract_articles_per_s", out _));
        Assert.False(json.RootElement.TryGetProperty("who_p99_ms", out _));
        Assert.False(json.RootElement.TryGetProperty("startup_s", out _));
        // A run of some phases is not the whole run the 10-minute target is about.
        Assert.False(json.RootElement.TryGetProperty("bench_s", out _));
    }

    [Fact]
    public async Task Bench_compares_its_ingestion_rate_with_an_earlier_runs_and_ends_its_table_with_the_targets()
    {
        var earlier = Path.Combine(_folder.FullName, "earlier.json");
        await File.WriteAllTextAsync(earlier, """{ "articles": 10000, "people": 2000, "ingest_articles_per_s": 2.5 }""");
        var output = new StringWriter();

        var code = await new BenchVerb().RunAsync(CommandLine.Parse(["bench", "--articles", "40", "--only", "ingest", "--against", earlier]), output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(ExitCodes.Ok, code);
        var lines = output.ToString().Split('\n');
        double Figure(string key) => double.Parse(lines.Single(l => l.EndsWith("   " + key, StringComparison.Ordinal)).Split("   ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^2], System.Globalization.NumberStyles.Any, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(10_000, Figure("against_articles"));
        Assert.Equal(2_000, Figure("against_people"));
        Assert.Equal(Figure("ingest_articles_per_s") / 2.5, Figure("ingest_rate_share"), 0.01 * Figure("ingest_rate_share"));
        Assert.Contains(lines, l => l.StartsWith("No target applies to this run", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("missing.json", null)]
    [InlineData("not-json.json", "articles: 10000")]
    [InlineData("no-ingestion.json", """{ "articles": 10000, "extract_articles_per_s": 3000 }""")]
    public async Task Bench_refuses_an_earlier_run_it_cannot_compare_with(string name, string? contents)
    {
        var path = Path.Combine(_folder.FullName, name);
        if (contents is not null)
        {
            await File.WriteAllTextAsync(path, contents);
        }

        var output = new StringWriter();

        var code = await new BenchVerb().RunAsync(CommandLine.Parse(["bench", "--against", path]), output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"--against takes the --json output of an earlier run that ingested articles; {path} is not one. E.g. bench --articles 10000 --json > 10k.json", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_writes_about_as_many_people_as_asked()
    {
        var output = new StringWriter();

        var code = await new BenchVerb().RunAsync(CommandLine.Parse(["bench", "--articles", "40", "--only", "ingest", "--people", "12", "--json"]), output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(ExitCodes.Ok, code);
        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal(12, json.RootElement.GetProperty("people").GetDouble());
        Assert.True(json.RootElement.GetProperty("ingest_articles_per_s").GetDouble() > 0);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("many")]
    public async Task Bench_refuses_a_number_of_people_it_cannot_write_about(string people)
    {
        var output = new StringWriter();

        var code = await new BenchVerb().RunAsync(CommandLine.Parse(["bench", "--articles", "100000", "--people", people]), output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--people takes how many people the corpus writes about, a whole number of at least 10 (by default a fifth of the articles, 20,000 here); e.g. bench --articles 100000 --people 2000", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_refuses_a_phase_it_does_not_have()
    {
        var output = new StringWriter();

        var code = await new BenchVerb().RunAsync(CommandLine.Parse(["bench", "--only", "ingest,digests"]), output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--only takes phases separated by commas", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static string Source(string text) => text.Split('\n').First(l => l.StartsWith("source:", StringComparison.Ordinal));
}
