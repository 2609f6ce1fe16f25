using System.Collections.Concurrent;
using System.Text.Json;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Tests.Extraction;

/// <summary>The ingest pipeline shares one <see cref="ArticleExtractor"/> between parallel workers.</summary>
public sealed class ConcurrentExtractionTests
{
    private const int Workers = 6;
    private const int Rounds = 4;
    private static readonly DateOnly s_published = new(2023, 5, 10);

    [Fact]
    public async Task Concurrent_extraction_of_different_articles_gives_the_sequential_results()
    {
        var drafts = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Articles"), "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => new ArticleDraft(File.ReadAllText(f)))
            .ToList();
        Assert.True(drafts.Count >= 10);
        var expected = drafts.Select(d => Serialize(new ArticleExtractor().Extract(d, s_published))).ToList();

        var shared = new ArticleExtractor();
        var results = new ConcurrentBag<(int Article, string Json)>();
        using var start = new Barrier(Workers);
        var workers = Enumerable.Range(0, Workers).Select(w => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                for (var round = 0; round < Rounds; round++)
                {
                    // Each worker starts at a different article, so different articles are read at the same time.
                    for (var i = 0; i < drafts.Count; i++)
                    {
                        var k = (i + (w * drafts.Count / Workers)) % drafts.Count;
                        results.Add((k, Serialize(shared.Extract(drafts[k], s_published))));
                    }
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default));
        await Task.WhenAll(workers);

        Assert.Equal(Workers * Rounds * drafts.Count, results.Count);
        Assert.All(results, r => Assert.Equal(expected[r.Article], r.Json));
    }

    private static string Serialize(ArticleExtraction extraction) => JsonSerializer.Serialize(extraction);
}
