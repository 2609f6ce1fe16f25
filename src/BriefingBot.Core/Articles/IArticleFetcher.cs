namespace BriefingBot.Core.Articles;

/// <summary>Fetches a web page and extracts its article (title, main text, date), within size and time limits.</summary>
public interface IArticleFetcher
{
    /// <summary>The article at <paramref name="url"/>, or a user-facing reason why it could not be read.</summary>
    Task<ArticleFetchResult> FetchAsync(Uri url, CancellationToken cancellationToken);
}
