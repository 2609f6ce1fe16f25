using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Meetings;
using BriefingBot.Core.Storage;
using BriefingBot.Storage;

namespace BriefingBot.Tests.Fakes;

/// <summary>
/// The real LiteDB store whose commit of chosen articles fails the way a full disk would: inside the store's
/// transaction (so an open write batch is rolled back, as it would be), not in front of it.
/// </summary>
public sealed class FailingStore(IKnowledgeStore inner, LiteDbContext context, Func<Article, bool> failsOn) : IKnowledgeStore
{
    public async Task<int> CommitIngestAsync(IngestBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return failsOn(batch.Article)
            ? await context.Write<int>(_ => throw new IOException("No space left on device (simulated)"), cancellationToken)
            : await inner.CommitIngestAsync(batch, cancellationToken);
    }

    public IDisposable BeginBatch() => inner.BeginBatch();

    public Task<Article?> GetArticleAsync(int id, CancellationToken cancellationToken) => inner.GetArticleAsync(id, cancellationToken);

    public Task<Article?> FindArticleByHashAsync(string contentHash, CancellationToken cancellationToken) => inner.FindArticleByHashAsync(contentHash, cancellationToken);

    public Task<Article?> FindArticleByUrlAsync(string url, CancellationToken cancellationToken) => inner.FindArticleByUrlAsync(url, cancellationToken);

    public Task<IReadOnlyList<Article>> LatestArticlesAsync(int count, CancellationToken cancellationToken) => inner.LatestArticlesAsync(count, cancellationToken);

    public Task<IReadOnlyList<Article>> ArticlesSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) => inner.ArticlesSinceAsync(since, cancellationToken);

    public Task<IReadOnlyList<Article>> GetArticlesAsync(IEnumerable<int> ids, CancellationToken cancellationToken) => inner.GetArticlesAsync(ids, cancellationToken);

    public Task<IReadOnlyList<Article>> SearchArticlesAsync(IReadOnlyList<string> words, int limit, CancellationToken cancellationToken) =>
        inner.SearchArticlesAsync(words, limit, cancellationToken);

    public Task<int> CountArticlesAsync(CancellationToken cancellationToken) => inner.CountArticlesAsync(cancellationToken);

    public Task<Actor?> GetActorAsync(int id, CancellationToken cancellationToken) => inner.GetActorAsync(id, cancellationToken);

    public Task<Actor?> GetActorToChangeAsync(int id, CancellationToken cancellationToken) => inner.GetActorToChangeAsync(id, cancellationToken);

    public Task<IReadOnlyList<Actor>> GetActorsAsync(IEnumerable<int> ids, CancellationToken cancellationToken) => inner.GetActorsAsync(ids, cancellationToken);

    public Task<IReadOnlyList<Actor>> FindActorsByKeysAsync(IEnumerable<string> keys, CancellationToken cancellationToken) => inner.FindActorsByKeysAsync(keys, cancellationToken);

    public Task<IReadOnlyList<Actor>> FindActorCandidatesAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) => inner.FindActorCandidatesAsync(keys, cancellationToken);

    public Task<IReadOnlyList<Actor>> FindPersonCandidatesAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) => inner.FindPersonCandidatesAsync(keys, cancellationToken);

    public Task<IReadOnlyList<Actor>> FindActorsByKeyPrefixAsync(string prefix, int limit, CancellationToken cancellationToken) =>
        inner.FindActorsByKeyPrefixAsync(prefix, limit, cancellationToken);

    public Task<IReadOnlyList<Actor>> FindActorsByCountryAsync(string country, CancellationToken cancellationToken) => inner.FindActorsByCountryAsync(country, cancellationToken);

    public Task<IReadOnlyList<Meeting>> GetMeetingOutlinesAsync(IEnumerable<int> ids, CancellationToken cancellationToken) => inner.GetMeetingOutlinesAsync(ids, cancellationToken);

    public Task<IReadOnlyList<Actor>> GetActorSketchesAsync(IEnumerable<int> ids, CancellationToken cancellationToken) => inner.GetActorSketchesAsync(ids, cancellationToken);

    public Task<IReadOnlyList<Actor>> FindActorSketchesByKeyPrefixAsync(string prefix, int limit, CancellationToken cancellationToken) =>
        inner.FindActorSketchesByKeyPrefixAsync(prefix, limit, cancellationToken);

    public Task<IReadOnlyList<Actor>> FindMeetingListsByCountryAsync(string country, CancellationToken cancellationToken) => inner.FindMeetingListsByCountryAsync(country, cancellationToken);

    public Task<IReadOnlyList<Actor>> AllActorsAsync(CancellationToken cancellationToken) => inner.AllActorsAsync(cancellationToken);

    public Task<Meeting?> GetMeetingAsync(int id, CancellationToken cancellationToken) => inner.GetMeetingAsync(id, cancellationToken);

    public Task<Meeting?> GetMeetingToChangeAsync(int id, CancellationToken cancellationToken) => inner.GetMeetingToChangeAsync(id, cancellationToken);

    public Task<IReadOnlyList<Meeting>> GetMeetingsAsync(IEnumerable<int> ids, CancellationToken cancellationToken) => inner.GetMeetingsAsync(ids, cancellationToken);

    public Task<IReadOnlyList<Meeting>> FindMeetingCandidatesAsync(IEnumerable<int> actorIds, MeetingDate? date, DateOnly published, CancellationToken cancellationToken) =>
        inner.FindMeetingCandidatesAsync(actorIds, date, published, cancellationToken);

    public Task<IReadOnlyList<Meeting>> FindMeetingsByStatusAsync(MeetingStatus status, int limit, CancellationToken cancellationToken) =>
        inner.FindMeetingsByStatusAsync(status, limit, cancellationToken);

    public Task<IReadOnlyList<Meeting>> MeetingsChangedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) => inner.MeetingsChangedSinceAsync(since, cancellationToken);

    public Task<IReadOnlyList<Meeting>> LatestMeetingsAsync(int limit, CancellationToken cancellationToken) => inner.LatestMeetingsAsync(limit, cancellationToken);

    public Task<bool> RemoveArticleAsync(int id, CancellationToken cancellationToken) => inner.RemoveArticleAsync(id, cancellationToken);
}
