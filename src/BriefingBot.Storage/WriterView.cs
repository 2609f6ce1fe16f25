using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Meetings;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>
/// The writer's view of articles, actors and meetings: documents it read or wrote, kept in memory, and its changes
/// held back until the batch ends, when each changed document is handed to the store's writer thread once. Within a
/// batch of fifty articles a busy minister is resolved, re-read and rewritten in most of them; reading and mapping
/// each document from the file for every article, and writing it again for every article, was most of the cost of
/// ingestion.
/// </summary>
/// <remarks>
/// Only the batch open at the time uses it (the store's knowledge lock), so it needs no locking of its own. While an
/// ended batch is still being written, the view is ahead of the file: each document that batch changed is pinned
/// here until the file holds it, so a batch reading through the view never reads an older version from the file.
/// Reads outside a batch go to the file, and see only what is committed. Readers get copies: what they change reaches
/// the view only when they write it; what is written is kept as it is, so the writer does not change a document
/// after writing it (the writer thread serializes it meanwhile). A failed batch, or a write that bypasses the view,
/// clears it (and the indexes it feeds) once nothing is being written. Actors and meetings it takes are filed in the
/// <see cref="ActorIndex"/> and <see cref="MeetingIndex"/> at once.
/// </remarks>
internal sealed class WriterView(ActorIndex actorIndex, MeetingIndex meetingIndex)
{
    // Past these, after a batch ends, each part of the view keeps its most recently used half (see RecentlyUsed),
    // and whatever is pinned. Candidates come from the actor index: this holds only actors being written and those
    // written recently.
    private readonly RecentlyUsed<int, Actor> _actors = new(5_000);
    private readonly HashSet<int> _newActors = [];
    private readonly HashSet<int> _changedActors = [];

    private readonly RecentlyUsed<int, Meeting> _meetings = new(2_000);
    private readonly HashSet<int> _changedMeetings = [];
    private readonly HashSet<int> _newMeetings = [];

    private readonly List<Article> _articles = [];

    // Documents of ended batches not yet known to be in the file, by the number of the last batch that changed them.
    private readonly Dictionary<int, long> _actorPins = [];
    private readonly Dictionary<int, long> _meetingPins = [];
    private readonly List<(long Batch, Article Article)> _pendingArticles = [];
    private readonly Dictionary<string, Article> _pendingByHash = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Article> _pendingByUrl = new(StringComparer.Ordinal);

    /// <summary>Whether the open batch has changes not yet taken (see <see cref="TakeChanges"/>).</summary>
    public bool HasChanges => _changedActors.Count > 0 || _changedMeetings.Count > 0 || _articles.Count > 0;

    public Actor? Actor(LiteDatabase db, int id) => Known(db, id) is { } actor ? Copy(actor) : null;

    public List<Actor> Actors(LiteDatabase db, IEnumerable<int> ids) =>
        ids.Distinct().Select(id => Known(db, id)).OfType<Actor>().Select(Copy).ToList();

    /// <summary>The actors filed under any of these keys, each once, in the order their keys were asked for.</summary>
    public List<Actor> ActorsByKeys(LiteDatabase db, IEnumerable<string> keys) =>
        Actors(db, actorIndex.IdsUnder(db, keys));

    public Meeting? Meeting(LiteDatabase db, int id) => KnownMeeting(db, id) is { } meeting ? Copy(meeting) : null;

    /// <summary>An article written in this batch or in one still being written, by its content hash.</summary>
    public Article? PendingByHash(string hash) => _pendingByHash.GetValueOrDefault(hash);

    /// <summary>An article written in this batch or in one still being written, by its address.</summary>
    public Article? PendingByUrl(string url) => _pendingByUrl.GetValueOrDefault(url);

    /// <summary>Takes a new article, its id given, as written (the object itself, as the other puts).</summary>
    public void Put(Article article)
    {
        _articles.Add(article);
        _pendingByHash[article.ContentHash] = article;
        if (article.Url is { } url)
        {
            _pendingByUrl[url] = article;
        }
    }

    /// <summary>
    /// Takes an actor as written: a new one (its id given) or a changed one. The view keeps the object itself, not a
    /// copy (copying every written document was a tenth of what ingestion allocated): the caller leaves it unchanged.
    /// </summary>
    public void Put(LiteDatabase db, Actor actor, bool isNew)
    {
        actorIndex.Put(db, actor);
        _actors[actor.Id] = actor;
        _changedActors.Add(actor.Id);
        if (isNew)
        {
            _newActors.Add(actor.Id);
        }
    }

    /// <summary>Takes a meeting as written, new or changed (the object itself, as <see cref="Put(LiteDatabase, Actor, bool)"/>), and files it in the meeting index.</summary>
    public void Put(LiteDatabase db, Meeting meeting, bool isNew)
    {
        _meetings[meeting.Id] = meeting;
        _changedMeetings.Add(meeting.Id);
        if (isNew)
        {
            _newMeetings.Add(meeting.Id);
        }

        meetingIndex.Put(db, meeting);
    }

    /// <summary>
    /// Ends the open batch's part: every change it made, each document once, for the writer thread to write as
    /// batch number <paramref name="batch"/>. What it changed stays pinned here until <see cref="Trim"/> learns that
    /// the file holds it.
    /// </summary>
    public StagedWrites TakeChanges(long batch)
    {
        var actors = _changedActors.Order().Select(id => (_actors[id], _newActors.Contains(id))).ToList();
        var meetings = _changedMeetings.Order().Select(id => (_meetings[id], _newMeetings.Contains(id))).ToList();
        foreach (var id in _changedActors)
        {
            _actorPins[id] = batch;
        }

        foreach (var id in _changedMeetings)
        {
            _meetingPins[id] = batch;
        }

        var articles = _articles.ToList();
        _pendingArticles.AddRange(articles.Select(a => (batch, a)));
        _articles.Clear();
        _changedActors.Clear();
        _newActors.Clear();
        _changedMeetings.Clear();
        _newMeetings.Clear();
        return new StagedWrites(articles, actors, meetings);
    }

    /// <summary>
    /// Once the file holds every batch up to number <paramref name="committed"/>: unpins what they wrote, and
    /// forgets what was used least recently, past the view's bounds (never what is pinned or not yet taken).
    /// </summary>
    public void Trim(long committed)
    {
        Unpin(_actorPins, committed);
        Unpin(_meetingPins, committed);
        var settled = _pendingArticles.TakeWhile(p => p.Batch <= committed).Count();
        foreach (var (_, article) in _pendingArticles.Take(settled))
        {
            Forget(_pendingByHash, article.ContentHash, article);
            if (article.Url is { } url)
            {
                Forget(_pendingByUrl, url, article);
            }
        }

        _pendingArticles.RemoveRange(0, settled);
        if (HasChanges)
        {
            return;
        }

        _actors.Trim(_actorPins.ContainsKey);
        _meetings.Trim(_meetingPins.ContainsKey);
    }

    /// <summary>Forgets everything, changes and pins included: the file is all there is (nothing may be being written).</summary>
    public void Clear()
    {
        _actors.Clear();
        _newActors.Clear();
        _changedActors.Clear();
        _meetings.Clear();
        _changedMeetings.Clear();
        _newMeetings.Clear();
        _articles.Clear();
        _actorPins.Clear();
        _meetingPins.Clear();
        _pendingArticles.Clear();
        _pendingByHash.Clear();
        _pendingByUrl.Clear();
        actorIndex.Discard();
        meetingIndex.Discard();
    }

    private static void Unpin(Dictionary<int, long> pins, long committed)
    {
        foreach (var (id, batch) in pins)
        {
            if (batch <= committed)
            {
                pins.Remove(id);
            }
        }
    }

    private static void Forget(Dictionary<string, Article> pending, string key, Article article)
    {
        if (pending.TryGetValue(key, out var held) && ReferenceEquals(held, article))
        {
            pending.Remove(key);
        }
    }

    private Actor? Known(LiteDatabase db, int id)
    {
        if (!_actors.TryGetValue(id, out var actor) && db.GetCollection<Actor>(Indexes.Actors).FindById(id) is { } read)
        {
            _actors[id] = actor = read;
        }

        return actor;
    }

    private Meeting? KnownMeeting(LiteDatabase db, int id)
    {
        if (!_meetings.TryGetValue(id, out var meeting) && db.GetCollection<Meeting>(Indexes.Meetings).FindById(id) is { } read)
        {
            _meetings[id] = meeting = read;
        }

        return meeting;
    }

    private static Actor Copy(Actor a) => new()
    {
        Id = a.Id,
        Kind = a.Kind,
        Name = a.Name,
        Aliases = [.. a.Aliases],
        Keys = [.. a.Keys],
        Roles = [.. a.Roles.Select(r => new ActorRole { Title = r.Title, Country = r.Country, ArticleId = r.ArticleId, Evidence = r.Evidence, Count = r.Count })],
        Country = a.Country,
        ArticleCount = a.ArticleCount,
        ArticleIds = [.. a.ArticleIds],
        MeetingCount = a.MeetingCount,
        MeetingIds = [.. a.MeetingIds],
        FirstSeen = a.FirstSeen,
        LastSeen = a.LastSeen,
    };

    private static Meeting Copy(Meeting m) => new()
    {
        Id = m.Id,
        Kind = m.Kind,
        ParticipantIds = [.. m.ParticipantIds],
        Location = m.Location,
        Date = m.Date,
        Status = m.Status,
        ReportCount = m.ReportCount,
        Reports = [.. m.Reports.Select(r => new MeetingReport { ArticleId = r.ArticleId, Status = r.Status, Date = r.Date, Location = r.Location, Evidence = r.Evidence, Published = r.Published })],
        ArticleIds = [.. m.ArticleIds],
        FirstReported = m.FirstReported,
        StatusChanged = m.StatusChanged,
    };
}

/// <summary>What one batch wrote, each document once, for the writer thread: new articles, then actors, then meetings.</summary>
internal sealed record StagedWrites(List<Article> Articles, List<(Actor Actor, bool IsNew)> Actors, List<(Meeting Meeting, bool IsNew)> Meetings)
{
    public bool IsEmpty => Articles.Count == 0 && Actors.Count == 0 && Meetings.Count == 0;

    /// <summary>Writes it all inside the caller's transaction.</summary>
    public void Write(LiteDatabase db)
    {
        var articles = db.GetCollection<Article>(Indexes.Articles);
        foreach (var article in Articles)
        {
            articles.Insert(article);
        }

        var actors = db.GetCollection<Actor>(Indexes.Actors);
        foreach (var (actor, isNew) in Actors)
        {
            if (isNew)
            {
                actors.Insert(actor);
            }
            else
            {
                actors.Update(actor);
            }
        }

        foreach (var (meeting, isNew) in Meetings)
        {
            MeetingDocuments.Write(db, meeting, isNew);
        }
    }
}
