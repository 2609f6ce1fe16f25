namespace BriefingBot.Core.Articles;

/// <summary>A fetched article draft, or why there is none ("the page is larger than 2 MB").</summary>
public sealed record ArticleFetchResult(ArticleDraft? Draft, string? Error)
{
    public static ArticleFetchResult Success(ArticleDraft draft) => new(draft, null);

    public static ArticleFetchResult Failure(string error) => new(null, error);
}
