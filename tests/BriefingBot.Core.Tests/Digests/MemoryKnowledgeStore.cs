using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Meetings;
using BriefingBot.Core.Storage;

namespace BriefingBot.Core.Tests.Digests;

/// <summary>Articles, actors and meetings in lists: what a digest reads, nothing more.</summary>
internal sealed class MemoryKnowledgeStore : IKnowledgeStore
{
    public List<Article> Articles { get; } = [];

    public List<Actor> Actors { get; } = [];

    public List<Meeting> Meetings { get; } = [];

    public Task<IReadOnlyList<Article>> ArticlesSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Article>>(Articles.Where(a => a.IngestedAt >= since).OrderBy(a => a.Id).ToList());

    public Task<IReadOnlyList<Meeting>> MeetingsChangedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Meeting>>(Meetings.Where(m => m.StatusChanged >= since).ToList());

    public Task<IReadOnlyList<Actor>> GetActorsAsync(IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.ToHashSet();
        return Task.FromResult<IReadOnlyList<Actor>>(Actors.Where(a => wanted.Contains(a.Id)).ToList());
    }

    public Task<Article?> GetArticleAsync(int id, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Article?> FindArticleByHashAsync(string contentHash, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Article?> FindArticleByUrlAsync(string url, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<Article>> LatestArticlesAsync(int count, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<Article>> GetArticlesAsync(IEnumerable<int> ids, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<Article>> SearchArticlesAsync(IReadOnlyList<string> words, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<int> CountArticlesAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Actor?> GetActorAsync(int id, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<Actor>> FindActorsByKeysAsync(IEnumerable<string> keys, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<Actor>> FindActorsByKeyPrefixAsync(string prefix, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<Actor>> FindActorsByCountryAsync(string country, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<Actor>> AllActorsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<Meeting?> GetMeetingAsync(int id, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<Meeting>> GetMeetingsAsync(IEnumerable<int> ids, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Meeting>>(ids.Select(id => Meetings.FirstOrDefault(m => m.Id == id)).OfType<Meeting>().ToList());

    public Task<IReadOnlyList<Meeting>> FindMeetingCandidatesAsync(IEnumerable<int> actorIds, MeetingDate? date, DateOnly published, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<Meeting>> FindMeetingsByStatusAsync(MeetingStatus status, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<Meeting>> LatestMeetingsAsync(int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<int> CommitIngestAsync(IngestBatch batch, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> RemoveArticleAsync(int id, CancellationToken cancellationToken) => throw new NotSupportedException();
}
