using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Meetings;

namespace BriefingBot.Core.Storage;

/// <summary>
/// The articles, actors and meetings the bot knows. Narrow on purpose, so that a server database can
/// replace the embedded one; every lookup is by index (id, key, participant), never a scan of everything.
/// </summary>
public interface IKnowledgeStore
{
    /// <summary>
    /// Prepares what the store keeps in memory for lookups (at start-up, in the background), so that the first
    /// command or article that needs it does not wait while it is built.
    /// </summary>
    Task WarmUpAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// After a bulk import: lets go of what the store held in memory only to write faster. Everything reads and
    /// writes as before; the next writes may read from the file what they would have found in memory.
    /// </summary>
    Task ReleaseImportMemoryAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    Task<Article?> GetArticleAsync(int id, CancellationToken cancellationToken);

    Task<Article?> FindArticleByHashAsync(string contentHash, CancellationToken cancellationToken);

    Task<Article?> FindArticleByUrlAsync(string url, CancellationToken cancellationToken);

    /// <summary>Newest first (by ingestion).</summary>
    Task<IReadOnlyList<Article>> LatestArticlesAsync(int count, CancellationToken cancellationToken);

    /// <summary>Articles ingested at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<Article>> ArticlesSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>
    /// The articles of <see cref="ArticlesSinceAsync"/>, handed to <paramref name="take"/> a few at a time (at most
    /// <paramref name="chunkSize"/>, in no promised order), while the store reads on: a reader that keeps only what it
    /// draws from each chunk never holds a long window's bodies at once. <paramref name="take"/> must not call the store.
    /// </summary>
    async Task ReadArticlesSinceAsync(DateTimeOffset since, int chunkSize, Action<IReadOnlyList<Article>> take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(take);
        foreach (var chunk in (await ArticlesSinceAsync(since, cancellationToken).ConfigureAwait(false)).Chunk(Math.Max(1, chunkSize)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            take(chunk);
        }
    }

    Task<IReadOnlyList<Article>> GetArticlesAsync(IEnumerable<int> ids, CancellationToken cancellationToken);

    /// <summary>Articles containing every word (whole-word, case- and diacritics-insensitive), newest first.</summary>
    Task<IReadOnlyList<Article>> SearchArticlesAsync(IReadOnlyList<string> words, int limit, CancellationToken cancellationToken);

    Task<int> CountArticlesAsync(CancellationToken cancellationToken);

    Task<Actor?> GetActorAsync(int id, CancellationToken cancellationToken);

    /// <summary>
    /// The actor, whole, for the caller to change and write with <see cref="CommitIngestAsync"/> in the same article: a
    /// store may hand out the object its writer holds rather than a copy, and refuse to commit a batch in which one was
    /// taken and not written (an article that failed halfway). By default as <see cref="GetActorAsync"/>.
    /// </summary>
    Task<Actor?> GetActorToChangeAsync(int id, CancellationToken cancellationToken) => GetActorAsync(id, cancellationToken);

    Task<IReadOnlyList<Actor>> GetActorsAsync(IEnumerable<int> ids, CancellationToken cancellationToken);

    /// <summary>
    /// Actors by id as sketches that may hold only their kind, names, keys, country, role titles and countries and
    /// article count: what naming and grouping read, for the thousands of actors of a day's articles.
    /// </summary>
    Task<IReadOnlyList<Actor>> GetActorSketchesAsync(IEnumerable<int> ids, CancellationToken cancellationToken) =>
        GetActorsAsync(ids, cancellationToken);

    /// <summary>Actors having any of these keys (see <see cref="ActorKeys"/>).</summary>
    Task<IReadOnlyList<Actor>> FindActorsByKeysAsync(IEnumerable<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Actors that an actor with these keys could be: those having any of them. They may be sketches holding only what
    /// <see cref="ActorMatcher"/> reads (kind, names, keys, country, role titles): load the one chosen with
    /// <see cref="GetActorToChangeAsync"/> before changing it.
    /// </summary>
    Task<IReadOnlyList<Actor>> FindActorCandidatesAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        FindActorsByKeysAsync(keys, cancellationToken);

    /// <summary>
    /// Persons that a person with these keys could be, for <see cref="ActorMatcher"/>. When the keys hold a given name
    /// and surname (<see cref="ActorKeys.IsFullName"/>), only actors sharing a full-name key, and actors sharing a
    /// surname key who are known by a surname alone and have a country or a role, need be offered: two people who both
    /// have given names are one person only if the given names agree, and a surname joins a full name only on an
    /// agreeing country or role. Otherwise, and by default, as <see cref="FindActorCandidatesAsync"/>.
    /// A common surname is shared by hundreds of people on a large store; offering them all for every mention made
    /// ingestion slow down as the store grew.
    /// </summary>
    Task<IReadOnlyList<Actor>> FindPersonCandidatesAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        FindActorCandidatesAsync(keys, cancellationToken);

    /// <summary>Actors whose key starts with <paramref name="prefix"/> (folded): autocomplete and fuzzy suggestions.</summary>
    Task<IReadOnlyList<Actor>> FindActorsByKeyPrefixAsync(string prefix, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="FindActorsByKeyPrefixAsync"/>, but the actors may be sketches holding only their kind, names, keys,
    /// country, role titles and article count: enough to rank names, cheap for the hundreds a fuzzy lookup weighs.
    /// </summary>
    Task<IReadOnlyList<Actor>> FindActorSketchesByKeyPrefixAsync(string prefix, int limit, CancellationToken cancellationToken) =>
        FindActorsByKeyPrefixAsync(prefix, limit, cancellationToken);

    /// <summary>
    /// The meeting lists of the persons and organisations of a country: actors that may hold only their id, kind,
    /// name, <see cref="Actor.MeetingIds"/> and <see cref="Actor.MeetingCount"/> (a country has hundreds of people).
    /// </summary>
    Task<IReadOnlyList<Actor>> FindMeetingListsByCountryAsync(string country, CancellationToken cancellationToken) =>
        FindActorsByCountryAsync(country, cancellationToken);

    /// <summary>Persons and organisations whose country is <paramref name="country"/> (exact display name).</summary>
    Task<IReadOnlyList<Actor>> FindActorsByCountryAsync(string country, CancellationToken cancellationToken);

    Task<IReadOnlyList<Actor>> AllActorsAsync(CancellationToken cancellationToken);

    Task<Meeting?> GetMeetingAsync(int id, CancellationToken cancellationToken);

    /// <summary>The meeting, whole, to change and write in the same article, as <see cref="GetActorToChangeAsync"/>.</summary>
    Task<Meeting?> GetMeetingToChangeAsync(int id, CancellationToken cancellationToken) => GetMeetingAsync(id, cancellationToken);

    /// <summary>Meetings by id, in the order asked; ids of meetings that are gone are left out.</summary>
    Task<IReadOnlyList<Meeting>> GetMeetingsAsync(IEnumerable<int> ids, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="GetMeetingsAsync"/>, but the meetings may come without their reports (<see cref="Meeting.Reports"/>
    /// empty; the count is kept): what a list of meetings shows, without the sentences of up to 50 reports each.
    /// </summary>
    Task<IReadOnlyList<Meeting>> GetMeetingOutlinesAsync(IEnumerable<int> ids, CancellationToken cancellationToken) =>
        GetMeetingsAsync(ids, cancellationToken);

    /// <summary>
    /// Meetings with any of these participants that a report of <paramref name="date"/> (null: undated) published on
    /// <paramref name="published"/> could be: dated in the same month, or reported within
    /// <see cref="MeetingMatcher.UndatedWindowDays"/> days when a date is missing. A superset of what
    /// <see cref="MeetingMatcher"/> accepts, so ingestion need not load every meeting of a busy actor. Each meeting once.
    /// The meetings returned may be sketches holding only what matching reads (participants, kind, date, place and
    /// the reports' publication days): load the one chosen with <see cref="GetMeetingToChangeAsync"/> before changing it.
    /// There is no query for every meeting of an actor: a busy actor has thousands, and what shows a few uses the
    /// actor's own newest meetings (<see cref="Actor.MeetingIds"/>).
    /// </summary>
    Task<IReadOnlyList<Meeting>> FindMeetingCandidatesAsync(IEnumerable<int> actorIds, MeetingDate? date, DateOnly published, CancellationToken cancellationToken);

    /// <summary>
    /// The ids of the meetings at a place (its name as the articles give it, any case or accents), newest first. Stores
    /// without an index of places look through their meetings.
    /// </summary>
    async Task<IReadOnlyList<int>> FindMeetingIdsAtAsync(string place, CancellationToken cancellationToken)
    {
        var key = Actors.ActorKeys.Fold(place);
        var all = await LatestMeetingsAsync(int.MaxValue, cancellationToken).ConfigureAwait(false);
        return [.. all.Where(m => m.Location is { } at && Actors.ActorKeys.Fold(at) == key).Select(m => m.Id)];
    }

    /// <summary>Meetings of one status, the newest first.</summary>
    Task<IReadOnlyList<Meeting>> FindMeetingsByStatusAsync(MeetingStatus status, int limit, CancellationToken cancellationToken);

    /// <summary>Meetings reported or changed at or after <paramref name="since"/>.</summary>
    Task<IReadOnlyList<Meeting>> MeetingsChangedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    Task<IReadOnlyList<Meeting>> LatestMeetingsAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Writes an ingested article with its new and changed actors and meetings, all or nothing.</summary>
    Task<int> CommitIngestAsync(IngestBatch batch, CancellationToken cancellationToken);

    /// <summary>
    /// Bulk loading: the commits made on this thread until the returned scope is disposed become one transaction,
    /// made durable once at the end (one disk flush for the batch instead of one per article). Reads on this thread
    /// see the batch's own writes. If any write fails, the whole batch is rolled back and disposing rethrows nothing.
    /// Callers acknowledge the batch's articles only after disposing. Stores without batching commit as usual.
    /// </summary>
    IDisposable BeginBatch() => NoBatch.Instance;

    /// <summary>Removes an article and every fact that only it supported, all or nothing. False when there is no such article.</summary>
    Task<bool> RemoveArticleAsync(int id, CancellationToken cancellationToken);
}

/// <summary>The scope of a store that commits each write on its own.</summary>
internal sealed class NoBatch : IDisposable
{
    public static readonly NoBatch Instance = new();

    public void Dispose()
    {
    }
}
