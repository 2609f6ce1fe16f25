using System.Text;
using System.Text.Json;
using BriefingBot.Cli;
using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Meetings;
using BriefingBot.Core.Storage;
using BriefingBot.Storage;
using BriefingBot.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Tests;

public sealed class CliTests : IDisposable
{
    private readonly BotFixture _bot = new("ingest");

    [Fact]
    public async Task Ingest_adds_a_folder_and_reports_duplicates_on_a_second_run()
    {
        var (code, output) = await _bot.RunVerbAsync("ingest", BotFixture.ArticlesFolder);
        var (again, secondOutput) = await _bot.RunVerbAsync("ingest", BotFixture.ArticlesFolder);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Added 3, already indexed 0, failed 0", output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, again);
        Assert.Contains("Added 0, already indexed 3, failed 0", secondOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_names_every_bad_file_with_its_reason_and_fails()
    {
        var folder = Path.Combine(_bot.Folder, "bad");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, "binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01]);
        await File.WriteAllBytesAsync(Path.Combine(folder, "latin1.txt"), Encoding.Latin1.GetBytes("Caf\u00e9 talks in S\u00e3o Paulo"));
        await File.WriteAllTextAsync(Path.Combine(folder, "empty.txt"), "---\ntitle: Nothing\n---\n\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "huge.txt"), new string('a', 1024 * 1024 + 10));
        await File.WriteAllTextAsync(Path.Combine(folder, "good.txt"), "Kenyan President William Ruto visited Addis Ababa on Monday.");

        var (code, output) = await _bot.RunVerbAsync("ingest", folder);

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("Added 1, already indexed 0, failed 4", output, StringComparison.Ordinal);
        Assert.Contains("binary.txt: The file looks binary", output, StringComparison.Ordinal);
        Assert.Contains("latin1.txt: The file is not valid UTF-8", output, StringComparison.Ordinal);
        Assert.Contains("empty.txt: The article is empty", output, StringComparison.Ordinal);
        Assert.Contains("huge.txt: the file is", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_takes_a_batch_size_and_explains_a_wrong_one()
    {
        var (code, output) = await _bot.RunVerbAsync("ingest", BotFixture.ArticlesFolder, "--batch", "2");
        var (wrong, explained) = await _bot.RunVerbAsync("ingest", BotFixture.ArticlesFolder, "--batch", "0");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Added 3, already indexed 0, failed 0", output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, wrong);
        Assert.Contains("--batch takes a whole number", explained, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_stops_when_the_store_fails_and_a_second_run_carries_on()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "BulkArticles");
        var store = new FailingStore(
            _bot.Services.GetRequiredService<IKnowledgeStore>(), _bot.Services.GetRequiredService<LiteDbContext>(), a => a.File == "08_accra_visit.txt");
        var services = _bot.Services;
        var ingestor = new ArticleIngestor(
            store, services.GetRequiredService<ArticleExtractor>(), services.GetRequiredService<ActorMatcher>(), services.GetRequiredService<MeetingMatcher>(), TimeProvider.System);
        var output = new StringWriter();

        var code = await new IngestVerb(ingestor, services.GetRequiredService<ArticleFileReader>())
            .RunAsync(CommandLine.Parse(["ingest", folder, "--batch", "3"]), output, TextWriter.Null, CancellationToken.None);
        var (again, secondOutput) = await _bot.RunVerbAsync("ingest", folder);

        // Batches of three: 07 and 08 were in the batch that failed; 09 and 10 were never tried.
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("Added 4, already indexed 2, failed 4 (of 10 files).", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("07_dakar_summit.txt: Not stored: its batch failed (No space left on device (simulated)).", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("stopped: No space left on device (simulated); 2 files after it were not attempted", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, again);
        Assert.Contains("Added 4, already indexed 6, failed 0", secondOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_the_schema_with_articles_and_their_files()
    {
        await _bot.RunVerbAsync("ingest", BotFixture.ArticlesFolder);

        var (code, output) = await _bot.RunVerbAsync("export", "--format", "json");

        Assert.Equal(ExitCodes.Ok, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("briefingbot.export/1", root.GetProperty("schema").GetString());
        var files = root.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("file").GetString()).Order().ToList();
        Assert.Equal(["andean_talks.txt", "baltic_call.txt", "visit_planned.md"], files);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("actors").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("meetings").ValueKind);
        var article = root.GetProperty("articles").EnumerateArray().First(a => a.GetProperty("file").GetString() == "andean_talks.txt");
        Assert.Equal("2024-05-06", article.GetProperty("published").GetString());
        Assert.Equal("Pacific Wire", article.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Export_without_a_format_says_how_to_ask()
    {
        var (code, output) = await _bot.RunVerbAsync("export");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("export --format json", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_prints_the_reply_and_json_on_request()
    {
        await _bot.RunVerbAsync("ingest", BotFixture.ArticlesFolder);

        var (code, text) = await _bot.RunVerbAsync("ask", "/latest 2");
        var (jsonCode, json) = await _bot.RunVerbAsync("ask", "/article nine", "--json");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.StartsWith("Latest articles", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split('\n').Count(l => l.StartsWith("- #", StringComparison.Ordinal)));
        Assert.Equal(ExitCodes.Failed, jsonCode);
        using var doc = JsonDocument.Parse(json);
        Assert.True(doc.RootElement.GetProperty("isError").GetBoolean());
        Assert.Contains("\"nine\" is not an article number", doc.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_prints_json_without_storing_anything()
    {
        var (code, output) = await _bot.RunVerbAsync("extract", Path.Combine(BotFixture.ArticlesFolder, "baltic_call.txt"), "--json");
        var (_, latest) = await _bot.RunVerbAsync("ask", "/latest");

        Assert.Equal(ExitCodes.Ok, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("2024-01-12", doc.RootElement.GetProperty("published").GetString());
        Assert.True(doc.RootElement.GetProperty("extraction").TryGetProperty("mentions", out _));
        Assert.Contains("No articles yet", latest, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_command_line_is_explained()
    {
        Assert.Contains("Unknown command \"ingets\"", CommandLine.Parse(["ingets", "x"]).Error, StringComparison.Ordinal);
        Assert.Contains("--db needs a value", CommandLine.Parse(["export", "--db"]).Error, StringComparison.Ordinal);
        Assert.Equal("run", CommandLine.Parse(["--db", "x.db"]).Verb);
        Assert.Equal("x.db", CommandLine.Parse(["--db", "x.db"]).Value("--db"));
    }

    public void Dispose() => _bot.Dispose();
}
