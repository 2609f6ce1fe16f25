using BriefingBot.Core.Articles;

namespace BriefingBot.Discord.Tests.Fakes;

/// <summary>Core's URL port, answering from a dictionary after a delay longer than an immediate reply may take.</summary>
public sealed class StubArticleFetcher : IArticleFetcher
{
    public Dictionary<string, ArticleDraft> Pages { get; } = [];

    public TimeSpan Delay { get; set; } = TimeSpan.FromMilliseconds(300);

    public async Task<ArticleFetchResult> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        await Task.Delay(Delay, cancellationToken);
        return Pages.TryGetValue(url.ToString(), out var draft) ? new ArticleFetchResult(draft, null) : new ArticleFetchResult(null, "That page could not be read.");
    }
}
