using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Extraction;

/// <summary>The extraction pipeline: deterministic, offline, one stage a class, called here in order.</summary>
public sealed class ArticleExtractor
{
    /// <summary>Reads one article. <paramref name="published"/> anchors relative dates.</summary>
    public ArticleExtraction Extract(ArticleDraft draft, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var title = string.IsNullOrWhiteSpace(draft.Title) ? FirstLine(draft.Body) : draft.Title.Trim();
        return new ArticleExtraction(title, FirstLine(draft.Body), [], [], []);
    }

    private static string FirstLine(string body) =>
        body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
}
