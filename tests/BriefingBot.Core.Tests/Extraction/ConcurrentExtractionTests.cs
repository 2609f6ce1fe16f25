using System.Text.Json;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Tests.Extraction;

/// <summary>Bulk ingestion shares one extractor between its worker threads; it must not notice.</summary>
public sealed class ConcurrentExtractionTests
{
    [Fact]
    public void One_extractor_on_many_threads_at_once_finds_what_it_finds_on_one()
    {
        var drafts = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Articles"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(Draft)
            .ToList();
        var expected = drafts.Select(d => Json(new ArticleExtractor().Extract(d, d.Published!.Value))).ToList();
        Assert.Contains(expected, e => e.Contains("\"Meetings\":[{", StringComparison.Ordinal));
        // A fresh extractor, so that its first uses (anything it builds lazily) race too.
        var shared = new ArticleExtractor();
        var work = Enumerable.Range(0, 12).SelectMany(_ => Enumerable.Range(0, drafts.Count)).ToArray();
        var found = new string[work.Length];

        Parallel.For(0, work.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, 2 * Environment.ProcessorCount) }, k =>
        {
            var draft = drafts[work[k]];
            found[k] = Json(shared.Extract(draft, draft.Published!.Value));
        });

        Assert.All(Enumerable.Range(0, work.Length), k => Assert.Equal(expected[work[k]], found[k]));
    }

    private static ArticleDraft Draft(string path)
    {
        Assert.True(FrontMatter.TryParse(File.ReadAllText(path), Path.GetFileName(path), out var draft, out var error), error);
        return draft.Published is null ? draft with { Published = new DateOnly(2023, 1, 1) } : draft;
    }

    private static string Json(ArticleExtraction extraction) => JsonSerializer.Serialize(extraction);
}
