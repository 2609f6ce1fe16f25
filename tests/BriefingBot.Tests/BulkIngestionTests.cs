using System.Text.Json;
using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Meetings;
using BriefingBot.Core.Storage;
using BriefingBot.Storage;
using BriefingBot.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Tests;

/// <summary>
/// The bulk path against the real store: it must leave exactly what one-by-one ingestion leaves. The articles in
/// BulkArticles/ report one Lisbon meeting three times, share leaders between stories, and hold a repost (05 is 02
/// again) and a reused URL (06 has 01's).
/// </summary>
public sealed class BulkIngestionTests : IDisposable
{
    private readonly List<BotFixture> _bots = [];

    private static string[] Files => [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "BulkArticles"), "*.txt").Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(250)]
    public async Task Bulk_ingestion_stores_exactly_what_one_by_one_ingestion_stores(int batchSize)
    {
        var (one, oneResults) = await SequentialAsync(Files.Length);
        var bulk = Bot();

        var results = await CollectAsync(Ingestor(bulk).IngestManyAsync(Source(bulk), new BulkIngestOptions { BatchSize = batchSize, Workers = 4 }));

        Assert.Equal(oneResults.Select(Describe), results.Select(Describe));
        Assert.Equal(await ExportAsync(one), await ExportAsync(bulk));
    }

    [Fact]
    public async Task A_repost_or_a_reused_url_in_the_same_batch_is_refused_as_a_duplicate()
    {
        var bulk = Bot();

        var results = await CollectAsync(Ingestor(bulk).IngestManyAsync(Source(bulk), new BulkIngestOptions { BatchSize = 250 }));

        Assert.Equal(IngestStatus.AlreadyIndexed, results[4].Status);
        Assert.Equal(results[1].Article!.Id, results[4].Article!.Id);
        Assert.Equal(IngestStatus.AlreadyIndexed, results[5].Status);
        Assert.Equal(results[0].Article!.Id, results[5].Article!.Id);
        Assert.Equal(8, await Store(bulk).CountArticlesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Results_give_outlines_of_articles_actors_and_meetings_whose_whole_records_the_store_keeps()
    {
        var bulk = Bot();

        var results = await CollectAsync(Ingestor(bulk).IngestManyAsync(Source(bulk), new BulkIngestOptions { BatchSize = 3 }));

        Assert.All(results, r => Assert.Equal("", r.Article!.Body));
        Assert.Contains(results, r => r.Meetings.Count > 0);
        foreach (var result in results)
        {
            var stored = await Store(bulk).GetArticleAsync(result.Article!.Id, CancellationToken.None);
            Assert.Equal(stored!.Title, result.Article.Title);
            Assert.NotEqual("", stored.Body);
            if (result.Status != IngestStatus.Added)
            {
                continue;
            }

            Assert.Equal(stored.ActorIds, result.Actors.Select(a => a.Id));
            Assert.Equal(stored.MeetingIds, result.Meetings.Select(m => m.Id));
            foreach (var actor in result.Actors)
            {
                // Names and kind as the article left them; the lists stay in the store.
                var whole = (await Store(bulk).GetActorAsync(actor.Id, CancellationToken.None))!;
                Assert.Equal((whole.Kind, whole.Name), (actor.Kind, actor.Name));
                Assert.Empty(actor.Aliases);
                Assert.NotEmpty(whole.Aliases);
            }

            foreach (var meeting in result.Meetings)
            {
                var whole = (await Store(bulk).GetMeetingAsync(meeting.Id, CancellationToken.None))!;
                Assert.Equal(whole.Kind, meeting.Kind);
                Assert.NotEmpty(meeting.ParticipantIds);
                Assert.Subset(whole.ParticipantIds.ToHashSet(), meeting.ParticipantIds.ToHashSet());
                Assert.Empty(meeting.Reports);
                Assert.NotEmpty(whole.Reports);
            }
        }
    }

    [Fact]
    public async Task Results_come_one_per_input_in_input_order_refusals_in_their_place()
    {
        var bulk = Bot();
        var requests = Requests(bulk).ToList();
        requests.Insert(2, IngestRequest.Unreadable("The file looks binary."));
        requests.Insert(5, new IngestRequest(new ArticleDraft("  \n "), "test"));

        var results = await CollectAsync(Ingestor(bulk).IngestManyAsync(requests.ToAsyncEnumerable(), new BulkIngestOptions { BatchSize = 2, Workers = 4, Lookahead = 3 }));

        Assert.Equal(requests.Count, results.Count);
        Assert.Equal("The file looks binary.", results[2].Error);
        Assert.Equal(IngestStatus.Refused, results[5].Status);
        var added = requests.Zip(results).Where(p => p.Second.Status == IngestStatus.Added).ToList();
        Assert.All(added, p => Assert.Equal(p.First.Draft!.File, p.Second.Article!.File));
        Assert.Equal(added.Select(p => p.Second.Article!.Id).Order(), added.Select(p => p.Second.Article!.Id));
    }

    [Fact]
    public async Task A_store_failure_rolls_back_its_batch_reports_it_failed_and_stops()
    {
        var bulk = Bot();
        var failing = new FailingStore(Store(bulk), bulk.Services.GetRequiredService<LiteDbContext>(), a => a.File == "08_accra_visit.txt");
        var results = new List<IngestResult>();

        // Batches of three: 01-03 and 04-06 commit; 07-09 fails at 08, after 07 was written into the batch.
        var stopped = await Assert.ThrowsAsync<IngestStoppedException>(async () =>
        {
            await foreach (var result in Ingestor(bulk, failing).IngestManyAsync(Source(bulk), new BulkIngestOptions { BatchSize = 3 }))
            {
                results.Add(result);
            }
        });

        Assert.IsType<IOException>(stopped.InnerException);
        Assert.Equal(
            [IngestStatus.Added, IngestStatus.Added, IngestStatus.Added, IngestStatus.Added, IngestStatus.AlreadyIndexed, IngestStatus.AlreadyIndexed, IngestStatus.Failed, IngestStatus.Failed],
            results.Select(r => r.Status));
        Assert.All(results.Skip(6), r => Assert.Contains("No space left on device", r.Error, StringComparison.Ordinal));
        var (firstSix, _) = await SequentialAsync(6);
        Assert.Equal(await ExportAsync(firstSix), await ExportAsync(bulk));

        // Nothing is left open: the next run takes up where this one stopped. (LiteDB does not give out again the ids
        // the rolled-back batch had taken, so the numbers differ from an unbroken run; what they point to does not.)
        var again = await CollectAsync(Ingestor(bulk).IngestManyAsync(Source(bulk), new BulkIngestOptions { BatchSize = 3 }));
        var (all, _) = await SequentialAsync(Files.Length);
        Assert.Equal(6, again.Count(r => r.Status == IngestStatus.AlreadyIndexed));
        Assert.Equal(WithoutIds(await ExportAsync(all)), WithoutIds(await ExportAsync(bulk)));
    }

    [Fact]
    public async Task Cancelling_commits_whole_articles_reports_them_and_leaves_the_store_usable()
    {
        var bulk = Bot();
        using var cancel = new CancellationTokenSource();
        var results = new List<IngestResult>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var result in Ingestor(bulk).IngestManyAsync(CancelAfter(Requests(bulk), 5, cancel), new BulkIngestOptions { BatchSize = 3 }, cancel.Token))
            {
                results.Add(result);
            }
        });

        // Whatever was reported is what is stored, exactly as one-by-one ingestion of those inputs would store it.
        Assert.InRange(results.Count, 0, 5);
        var (prefix, _) = await SequentialAsync(results.Count);
        Assert.Equal(await ExportAsync(prefix), await ExportAsync(bulk));

        await CollectAsync(Ingestor(bulk).IngestManyAsync(Source(bulk)));
        var (all, _) = await SequentialAsync(Files.Length);
        Assert.Equal(await ExportAsync(all), await ExportAsync(bulk));
    }

    [Fact]
    public async Task Leaving_the_results_early_closes_the_batch_and_frees_the_store()
    {
        var bulk = Bot();
        var ingestor = Ingestor(bulk);
        IngestResult? first = null;

        await foreach (var result in ingestor.IngestManyAsync(Source(bulk), new BulkIngestOptions { BatchSize = 2 }))
        {
            first = result;
            break;
        }

        // The batch thread has ended, its last batch committed whole; the store and the ingestor take new work.
        var stored = await Store(bulk).CountArticlesAsync(CancellationToken.None);
        Assert.Equal(IngestStatus.Added, first!.Status);
        var (prefix, _) = await SequentialAsync(stored <= 4 ? stored : stored + 2); // 05 and 06 add nothing
        Assert.Equal(await ExportAsync(prefix), await ExportAsync(bulk));
        var again = await CollectAsync(ingestor.IngestManyAsync(Source(bulk)));
        Assert.Equal(Files.Length, again.Count);
    }

    [Fact]
    public async Task A_single_ingestion_during_a_bulk_run_never_splits_an_actor()
    {
        var bulk = Bot();
        var ingestor = Ingestor(bulk);
        var single = new ArticleDraft(
            "Moroccan Prime Minister Aziz Akhannouch met Mauritanian President Mohamed Ould Ghazouani in Nouakchott on Wednesday.",
            Published: new DateOnly(2024, 9, 4));

        var run = CollectAsync(ingestor.IngestManyAsync(Source(bulk), new BulkIngestOptions { BatchSize = 1 }));
        var one = await ingestor.IngestAsync(single, "test", CancellationToken.None);
        await run;

        Assert.Equal(IngestStatus.Added, one.Status);
        var akhannouch = (await Store(bulk).FindActorsByKeysAsync(ActorKeys.For(["Akhannouch"]), CancellationToken.None)).Where(a => a.Kind == ActorKind.Person);
        Assert.Equal(5, Assert.Single(akhannouch).ArticleIds.Count);
    }

    public void Dispose()
    {
        foreach (var bot in _bots)
        {
            bot.Dispose();
        }
    }

    private BotFixture Bot()
    {
        var bot = new BotFixture();
        _bots.Add(bot);
        return bot;
    }

    // The reference: the first `count` inputs through IngestAsync, one after another.
    private async Task<(BotFixture Bot, List<IngestResult> Results)> SequentialAsync(int count)
    {
        var bot = Bot();
        var ingestor = Ingestor(bot);
        var results = new List<IngestResult>();
        foreach (var request in Requests(bot).Take(count))
        {
            results.Add(await ingestor.IngestAsync(request.Draft!, request.AddedBy, CancellationToken.None));
        }

        return (bot, results);
    }

    private static IEnumerable<IngestRequest> Requests(BotFixture bot)
    {
        var reader = bot.Services.GetRequiredService<ArticleFileReader>();
        return Files.Select(f => new IngestRequest(reader.Read(File.ReadAllBytes(f), Path.GetFileName(f)).Draft!, "test"));
    }

    private static async IAsyncEnumerable<IngestRequest> CancelAfter(IEnumerable<IngestRequest> requests, int count, CancellationTokenSource cancel)
    {
        foreach (var request in requests)
        {
            if (count-- == 0)
            {
                await cancel.CancelAsync();
            }

            yield return request;
        }
    }

    private static async Task<List<IngestResult>> CollectAsync(IAsyncEnumerable<IngestResult> results)
    {
        var list = new List<IngestResult>();
        await foreach (var result in results)
        {
            list.Add(result);
        }

        return list;
    }

    private static IAsyncEnumerable<IngestRequest> Source(BotFixture bot) => Requests(bot).ToAsyncEnumerable();

    private static ArticleIngestor Ingestor(BotFixture bot, IKnowledgeStore? store = null)
    {
        var services = bot.Services;
        return new ArticleIngestor(
            store ?? Store(bot),
            services.GetRequiredService<ArticleExtractor>(),
            services.GetRequiredService<ActorMatcher>(),
            services.GetRequiredService<MeetingMatcher>(),
            services.GetRequiredService<TimeProvider>());
    }

    private static IKnowledgeStore Store(BotFixture bot) => bot.Services.GetRequiredService<IKnowledgeStore>();

    private static string Describe(IngestResult result) => $"{result.Status} #{result.Article?.Id} {result.Error}";

    private static async Task<string> ExportAsync(BotFixture bot) => (await bot.RunVerbAsync("export", "--format", "json")).Output;

    // The export with every id replaced by what it names: article files, actor names.
    private static List<string> WithoutIds(string export)
    {
        using var json = JsonDocument.Parse(export);
        var root = json.RootElement;
        var files = root.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("file").GetString()!);
        var names = root.GetProperty("actors").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("name").GetString()!);
        string Files(JsonElement ids) => string.Join(",", ids.EnumerateArray().Select(i => files[i.GetString()!]));
        return
        [
            .. root.GetProperty("articles").EnumerateArray().Select(a => $"article {a.GetProperty("file")} {a.GetProperty("title")} {a.GetProperty("published")}"),
            .. root.GetProperty("actors").EnumerateArray().Select(a =>
                $"actor {a.GetProperty("kind")} {a.GetProperty("name")} [{string.Join(",", a.GetProperty("aliases").EnumerateArray())}] {a.GetProperty("country")} in {Files(a.GetProperty("articles"))} roles "
                + string.Join(";", a.GetProperty("roles").EnumerateArray().Select(r => $"{r.GetProperty("title")}/{r.GetProperty("country")}@{files[r.GetProperty("article").GetString()!]}"))),
            .. root.GetProperty("meetings").EnumerateArray().Select(m =>
                $"meeting {m.GetProperty("kind")} of {string.Join(",", m.GetProperty("participants").EnumerateArray().Select(p => names[p.GetString()!]))} "
                + $"at {m.GetProperty("location")} on {m.GetProperty("date")} {m.GetProperty("status")} in {Files(m.GetProperty("articles"))}"),
        ];
    }
}
