using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Meetings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Storage;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>Articles, actors and meetings in the LiteDB file.</summary>
public sealed class LiteDbKnowledgeStore(LiteDbContext context) : IKnowledgeStore
{
    private ILiteCollection<Article> Articles => context.Database.GetCollection<Article>(Indexes.Articles);

    private ILiteCollection<Actor> Actors => context.Database.GetCollection<Actor>(Indexes.Actors);

    private ILiteCollection<Meeting> Meetings => context.Database.GetCollection<Meeting>(Indexes.Meetings);

    public Task WarmUpAsync(CancellationToken cancellationToken) =>
        Task.Run(
            () =>
            {
                context.ActorIndex.Warm(context.Database);
                cancellationToken.ThrowIfCancellationRequested();
                context.MeetingIndex.Warm(context.Database);
            },
            cancellationToken);

    public Task ReleaseImportMemoryAsync(CancellationToken cancellationToken) => context.ReleaseWriterViewAsync(cancellationToken);

    public Task<Article?> GetArticleAsync(int id, CancellationToken cancellationToken) =>
        Task.FromResult<Article?>(Articles.FindById(id));

    // The writer asks for every article it is given, almost always about one that is not stored: the filter answers
    // that from memory once it is built.
    public Task<Article?> FindArticleByHashAsync(string contentHash, CancellationToken cancellationToken) =>
        Task.FromResult(context.ArticleKeys.MayHoldHash(context.Database, contentHash) is false
            ? null
            : Articles.FindOne(Filters.Equal(nameof(Article.ContentHash), contentHash)));

    public Task<Article?> FindArticleByUrlAsync(string url, CancellationToken cancellationToken) =>
        Task.FromResult(context.ArticleKeys.MayHoldUrl(context.Database, url) is false
            ? null
            : Articles.FindOne(Filters.Equal(nameof(Article.Url), url)));

    public Task<IReadOnlyList<Article>> LatestArticlesAsync(int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Article>>(Articles.Query().OrderByDescending(a => a.Id).Limit(count).ToList());

    public Task<IReadOnlyList<Article>> ArticlesSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Article>>(
            ArticlesSince(since).OrderBy(a => a.Id).ToList());

    // A chunk at a time, each read by a query of its own, in the order of the index on the ingestion time: a day's window
    // is thousands of articles, whose bodies, read all at once, were half of a digest batch's memory. And LiteDB keeps
    // every page a query has read until the query ends, so one query over the window held all its pages (thousands) in
    // the page cache at once, which then keeps the size it grew to. Each query starts at the last chunk's newest time,
    // leaving out the articles of that time it already handed over.
    public Task ReadArticlesSinceAsync(DateTimeOffset since, int chunkSize, Action<IReadOnlyList<Article>> take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(take);
        var size = Math.Max(1, chunkSize);
        var from = since.ToUnixTimeMilliseconds();
        var handedAtFrom = new HashSet<int>();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var limit = size + handedAtFrom.Count;
            var read = Articles.Query()
                .Where(Filters.AtLeast(nameof(Article.IngestedAt), from))
                .OrderBy("$." + nameof(Article.IngestedAt))
                .Limit(limit)
                .ToList();
            var chunk = read.Where(a => a.IngestedAt.ToUnixTimeMilliseconds() != from || !handedAtFrom.Contains(a.Id)).ToList();
            // At least one: the limit leaves room for every article handed over at the starting time.
            if (chunk.Count > 0)
            {
                var newest = chunk[^1].IngestedAt.ToUnixTimeMilliseconds();
                if (newest != from)
                {
                    (from, handedAtFrom) = (newest, []);
                }

                handedAtFrom.UnionWith(chunk.Where(a => a.IngestedAt.ToUnixTimeMilliseconds() == from).Select(a => a.Id));
                take(chunk);
            }

            if (read.Count < limit)
            {
                return Task.CompletedTask;
            }
        }
    }

    // Read lazily, from the index on the ingestion time.
    private IEnumerable<Article> ArticlesSince(DateTimeOffset since) =>
        Articles.Find(Filters.AtLeast(nameof(Article.IngestedAt), Mapper.Serialize(since)));

    public Task<IReadOnlyList<Article>> GetArticlesAsync(IEnumerable<int> ids, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Article>>(ids.Distinct().Select(id => Articles.FindById(id)).OfType<Article>().ToList());

    public Task<IReadOnlyList<Article>> SearchArticlesAsync(IReadOnlyList<string> words, int limit, CancellationToken cancellationToken)
    {
        var terms = SearchTerms.OfQuery(words);
        if (terms.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<Article>>([]);
        }

        // Postings may name removed articles (or, in files from before ids were never reused, another article): each hit
        // is checked. The newest first, read only as far as the limit needs.
        var found = context.Search.NewestFirst(terms)
            .Select(id => Articles.FindById(id))
            .OfType<Article>()
            .Where(a => SearchTerms.AllIn(terms, a.Title, a.Body))
            .Take(limit)
            .ToList();
        return Task.FromResult<IReadOnlyList<Article>>(found);
    }

    public Task<int> CountArticlesAsync(CancellationToken cancellationToken) => Task.FromResult(Articles.Count());

    // Inside a write batch the writer reads through its view, which holds what the batch wrote and has not yet flushed.
    public Task<Actor?> GetActorAsync(int id, CancellationToken cancellationToken) =>
        Task.FromResult(context.InBatch ? context.View.Actor(context.Database, id) : Actors.FindById(id));

    // The writer's own document, not a copy: the ingestor writes it back within the same article.
    public Task<Actor?> GetActorToChangeAsync(int id, CancellationToken cancellationToken) =>
        Task.FromResult(context.InBatch ? context.View.ActorToChange(context.Database, id) : Actors.FindById(id));

    public Task<IReadOnlyList<Actor>> GetActorsAsync(IEnumerable<int> ids, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Actor>>(Whole(ids));

    // Until the index is built, a few sketches are read from the file by id, so a digest of a few actors right after a
    // start does not wait. Many (a digest window's thousands) wait for the build instead: read one by one from the file
    // beside the build, the 1,000 digests of a process started just before them took 2.6-2.9 s on a 100,000-article store.
    public Task<IReadOnlyList<Actor>> GetActorSketchesAsync(IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids as IReadOnlyCollection<int> ?? [.. ids];
        if (context.InBatch || context.ActorIndex.IsBuilt || wanted.Count > ManySketches)
        {
            return Task.FromResult<IReadOnlyList<Actor>>(context.ActorIndex.Sketches(context.Database, wanted));
        }

        context.ActorIndex.BuildInBackground(context.Database);
        return GetActorsAsync(wanted, cancellationToken);
    }

    // Above this many actors asked for at once, the in-memory index is built first.
    private const int ManySketches = 500;

    // Actors are found by key, key prefix and country through the in-memory actor index alone (built at start in the
    // background; a lookup before it is built waits for it), never through indexes of the file: keeping the actors' keys
    // and countries indexed in the file cost every actor written a walk of its index entries, 4-5% of what a
    // 100,000-article import allocated, for lookups that only a command in the first second after a start made.
    public Task<IReadOnlyList<Actor>> FindActorsByKeysAsync(IEnumerable<string> keys, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Actor>>(context.InBatch
            ? context.View.ActorsByKeys(context.Database, keys)
            : Whole(context.ActorIndex.IdsUnder(context.Database, keys)));

    public Task<IReadOnlyList<Actor>> FindActorCandidatesAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Actor>>(context.ActorIndex.Candidates(context.Database, keys));

    public Task<IReadOnlyList<Actor>> FindPersonCandidatesAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Actor>>(context.ActorIndex.PersonCandidates(context.Database, keys));

    public Task<IReadOnlyList<Actor>> FindActorsByKeyPrefixAsync(string prefix, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Actor>>(Whole(context.ActorIndex.ByKeyPrefix(context.Database, prefix, limit).Select(a => a.Id)));

    public Task<IReadOnlyList<Actor>> FindActorSketchesByKeyPrefixAsync(string prefix, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Actor>>(context.ActorIndex.ByKeyPrefix(context.Database, prefix, limit));

    public Task<IReadOnlyList<Actor>> FindMeetingListsByCountryAsync(string country, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Actor>>(context.ActorIndex.OfCountry(context.Database, country));

    public Task<IReadOnlyList<Actor>> FindActorsByCountryAsync(string country, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Actor>>(Whole(context.ActorIndex.OfCountry(context.Database, country).Select(a => a.Id)));

    // The actors of these ids as stored, in that order: inside a write batch through the writer's view (it holds what
    // the batch has not flushed); outside, from the file, which the index may be ahead of while a batch is open.
    private List<Actor> Whole(IEnumerable<int> ids) =>
        context.InBatch
            ? context.View.Actors(context.Database, ids)
            : ids.Distinct().Select(id => Actors.FindById(id)).OfType<Actor>().ToList();

    public Task<IReadOnlyList<Actor>> AllActorsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Actor>>(Actors.FindAll().ToList());

    public Task<Meeting?> GetMeetingAsync(int id, CancellationToken cancellationToken) =>
        Task.FromResult(context.InBatch ? context.View.Meeting(context.Database, id) : Meetings.FindById(id));

    public Task<Meeting?> GetMeetingToChangeAsync(int id, CancellationToken cancellationToken) =>
        Task.FromResult(context.InBatch ? context.View.MeetingToChange(context.Database, id) : Meetings.FindById(id));

    public Task<IReadOnlyList<Meeting>> GetMeetingsAsync(IEnumerable<int> ids, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Meeting>>(ids.Distinct().Select(id => Meetings.FindById(id)).OfType<Meeting>().ToList());

    public Task<IReadOnlyList<Meeting>> GetMeetingOutlinesAsync(IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var found = Meetings.Query().Where(Filters.In("_id", new BsonArray(wanted.Select(id => new BsonValue(id)))))
            .Select("{ _id: $._id, Kind: $.Kind, ParticipantIds: $.ParticipantIds, Location: $.Location, Date: $.Date, Status: $.Status, ReportCount: $.ReportCount, ArticleIds: $.ArticleIds, FirstReported: $.FirstReported, StatusChanged: $.StatusChanged }")
            .ToEnumerable()
            .Select(context.Database.Mapper.ToObject<Meeting>)
            .ToDictionary(m => m.Id);
        return Task.FromResult<IReadOnlyList<Meeting>>([.. wanted.Where(found.ContainsKey).Select(id => found[id])]);
    }

    public Task<IReadOnlyList<Meeting>> FindMeetingCandidatesAsync(IEnumerable<int> actorIds, MeetingDate? date, DateOnly published, CancellationToken cancellationToken)
    {
        return Task.FromResult<IReadOnlyList<Meeting>>(context.MeetingIndex.Candidates(context.Database, actorIds, date, published));
    }

    public Task<IReadOnlyList<int>> FindMeetingIdsAtAsync(string place, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<int>>(context.MeetingIndex.At(context.Database, place));

    public Task<IReadOnlyList<Meeting>> FindMeetingsByStatusAsync(MeetingStatus status, int limit, CancellationToken cancellationToken)
    {
        // A range of the status index read backwards: only the meetings shown are loaded.
        var (from, to) = MeetingDocuments.Range(status);
        return Task.FromResult<IReadOnlyList<Meeting>>(
            Meetings.Query().Where(Filters.Between(MeetingDocuments.StatusKey, from, to)).OrderByDescending(MeetingDocuments.StatusKey).Limit(limit).ToList());
    }

    public Task<IReadOnlyList<Meeting>> MeetingsChangedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Meeting>>(
            Meetings.Find(Filters.AtLeast(nameof(Meeting.StatusChanged), Mapper.Serialize(since))).ToList());

    public Task<IReadOnlyList<Meeting>> LatestMeetingsAsync(int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Meeting>>(Meetings.Query().OrderByDescending(m => m.Id).Limit(limit).ToList());

    public async Task<int> CommitIngestAsync(IngestBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var id = await context.Write(db => IngestWriter.Write(db, batch, context.Sequences, context.View, context.ArticleKeys), cancellationToken).ConfigureAwait(false);
        if (batch.SearchTerms is { } terms)
        {
            context.Search.Add(id, terms, mayFlush: !context.InBatch);
        }
        else
        {
            context.Search.Add(id, batch.Article.Title + " " + batch.Article.Body, mayFlush: !context.InBatch);
        }

        return id;
    }

    public IDisposable BeginBatch() => context.BeginBatch();

    public async Task<bool> RemoveArticleAsync(int id, CancellationToken cancellationToken)
    {
        var removed = await context.Write(
            db =>
            {
                // The remover writes actors and meetings itself: the view writes what it holds first, then starts over
                // (the meeting index with it).
                context.View.Flush(db);
                context.View.Clear();
                return ArticleRemover.Remove(db, id);
            },
            cancellationToken).ConfigureAwait(false);
        return removed;
    }
}
