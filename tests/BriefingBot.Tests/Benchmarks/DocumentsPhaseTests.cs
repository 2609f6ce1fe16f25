using System.Text.Json;
using BriefingBot.Benchmarks;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Tests.Benchmarks;

public sealed class DocumentsPhaseTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("briefingbot-documents-");

    [Fact]
    public async Task The_documents_stored_again_are_ingestions_own_article_by_article_actor_by_actor_meeting_by_meeting()
    {
        var ingested = Path.Combine(_folder.FullName, "ingested.db");
        var again = Path.Combine(_folder.FullName, "again.db");
        var report = new BenchReport();
        using (var host = BenchHost.Open(ingested, new BenchClock(CorpusGenerator.Epoch)))
        {
            await IngestAsync(host.Services, new CorpusGenerator(7, 260), 260);
            var source = host.Services.GetRequiredService<IKnowledgeStore>();

            // Batches of 40, so actors and meetings named across batches are written again in later ones.
            await DocumentsPhase.RunAsync(source, again, batchSize: 40, report, TextWriter.Null, keep: true, CancellationToken.None);
        }

        using var first = BenchHost.Open(ingested, null);
        using var second = BenchHost.Open(again, null);
        var (a, b) = (first.Services.GetRequiredService<IKnowledgeStore>(), second.Services.GetRequiredService<IKnowledgeStore>());
        var count = await a.CountArticlesAsync(CancellationToken.None);
        Assert.InRange(count, 250, 260);
        Assert.Equal(count, await b.CountArticlesAsync(CancellationToken.None));
        Assert.Equal(count, report["documents_articles"]);

        var actorIds = new HashSet<int>();
        var meetingIds = new HashSet<int>();
        for (var id = 1; id <= count; id++)
        {
            var article = await a.GetArticleAsync(id, CancellationToken.None);
            Assert.NotNull(article);
            Assert.Equal(Json(article), Json(await b.GetArticleAsync(id, CancellationToken.None)));
            actorIds.UnionWith(article.ActorIds);
            meetingIds.UnionWith(article.MeetingIds);
        }

        Assert.NotEmpty(actorIds);
        Assert.NotEmpty(meetingIds);
        Assert.Equal(actorIds.Count, report["documents_actors"]);
        Assert.Equal(meetingIds.Count, report["documents_meetings"]);
        foreach (var id in actorIds)
        {
            Assert.Equal(Json(await a.GetActorAsync(id, CancellationToken.None)), Json(await b.GetActorAsync(id, CancellationToken.None)));
        }

        foreach (var id in meetingIds)
        {
            Assert.Equal(Json(await a.GetMeetingAsync(id, CancellationToken.None)), Json(await b.GetMeetingAsync(id, CancellationToken.None)));
        }

        // Some actor and some meeting were named by articles of more than one batch: written again, not only inserted.
        var actors = await a.GetActorsAsync(actorIds, CancellationToken.None);
        Assert.Contains(actors, actor => actor.ArticleIds.Max() - actor.ArticleIds.Min() >= 40);
        Assert.True(report["documents_insert_articles_per_s"] > 0);
        Assert.True(report["documents_written_kb_per_article"] >= 0);
    }

    [Fact]
    public void The_documents_phase_comes_with_runs_up_to_the_ratios_size_and_brings_ingestion_when_asked_for()
    {
        var small = new BenchSettings(10_000, 7, "bench.db");
        var large = new BenchSettings(100_000, 7, "bench.db");
        var asked = large with { Only = BenchSettings.ParsePhases("documents") };

        Assert.True(small.Runs("documents"));
        Assert.False(large.Runs("documents"));
        Assert.True(asked.Runs("documents"));
        Assert.True(asked.Runs("ingest"));
        Assert.False(asked.Runs("storage"));
        Assert.False((small with { Only = BenchSettings.ParsePhases("ingest") }).Runs("documents"));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static async Task IngestAsync(IServiceProvider services, CorpusGenerator corpus, int count)
    {
        var reader = services.GetRequiredService<ArticleFileReader>();
        var ingestor = services.GetRequiredService<ArticleIngestor>();
        var requests = Enumerable.Range(0, count).Select(i => new IngestRequest(reader.ReadText(corpus.Text(i), $"bench-{i}.txt").Draft!, "bench"));
        await foreach (var result in ingestor.IngestManyAsync(requests.ToAsyncEnumerable(), new BulkIngestOptions { BatchSize = 50 }))
        {
            Assert.NotEqual(IngestStatus.Failed, result.Status);
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
