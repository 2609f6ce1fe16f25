using BriefingBot.Core.Actors;
using BriefingBot.Core.Meetings;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>
/// The writer's view of actors and meetings: documents it read or wrote, kept in memory, and its changes held back
/// until the batch commits, when each changed document is written once. Within a batch of a hundred
/// articles a busy minister is resolved, re-read and rewritten in most of them; reading and mapping each document
/// from the file for every article, and writing it again for every article, was most of the cost of ingestion.
/// </summary>
/// <remarks>
/// Only the one writer uses it, always under the context's write lock, so it needs no locking of its own. Reads
/// outside a write batch go to the file, which then holds everything here (a batch flushes before it commits, a
/// single write before it returns). The writer loads the actor or meeting it is about to change with
/// <see cref="ActorToChange"/> or <see cref="MeetingToChange"/>, which hand out the held document itself, and writes
/// it back with Put in the same article: a whole copy for every article that named a known actor lived until the next
/// article replaced it, long enough to be promoted out of the young generation (a tenth of what was promoted). A
/// document handed out and not written back means an article failed halfway through changing it, so
/// <see cref="Flush"/> refuses to write the batch and the transaction is rolled back. Other reads get copies.
/// A rolled-back transaction, or a write that bypasses the view, clears it (and the indexes it feeds). Actors and
/// meetings it takes are filed in the <see cref="ActorIndex"/> and <see cref="MeetingIndex"/> at once.
/// </remarks>
internal sealed class WriterView(ActorIndex actorIndex, MeetingIndex meetingIndex)
{
    // Past these, after a flush, each part of the view keeps its most recently used half (see RecentlyUsed).
    // Candidates come from the actor index: this holds only actors being written and those written recently. An actor
    // matched but not held here is read from the file whole; at 80,000 bench articles (25,000 people) those reads were
    // a sixth of the writer's time with 5,000 held. 15,000: 100,000 articles at 377 against 342 art/s, the same peak
    // working set (447 MB), 5 MB more managed memory in use after. 30,000 (all 24,797 actors of 100,000 bench
    // articles): allocated 470-473 against 483-486 KB an article, the import's peak 431-437 against 442-454 MB.
    private readonly RecentlyUsed<int, Actor> _actors = new(30_000);
    private readonly HashSet<int> _newActors = [];
    private readonly HashSet<int> _changedActors = [];

    private readonly RecentlyUsed<int, Meeting> _meetings = new(2_000);
    private readonly HashSet<int> _changedMeetings = [];
    private readonly HashSet<int> _newMeetings = [];

    // Handed out to be changed and not yet written back.
    private readonly HashSet<int> _takenActors = [];
    private readonly HashSet<int> _takenMeetings = [];

    /// <summary>How many actors and meetings are held.</summary>
    public int Held => _actors.Count + _meetings.Count;

    /// <summary>Whether changes are waiting for <see cref="Flush"/>.</summary>
    public bool HasChanges => _changedActors.Count > 0 || _changedMeetings.Count > 0;

    /// <summary>A copy of the actor held: what the reader changes reaches the view only if it writes it.</summary>
    public Actor? Actor(LiteDatabase db, int id) => Known(db, id) is { } actor ? Copy(actor) : null;

    /// <summary>The actor held, itself, for the writer to change and write back with Put (see the remarks).</summary>
    public Actor? ActorToChange(LiteDatabase db, int id) => Taken(Known(db, id), id, _takenActors);

    public List<Actor> Actors(LiteDatabase db, IEnumerable<int> ids) =>
        ids.Distinct().Select(id => Known(db, id)).OfType<Actor>().Select(Copy).ToList();

    /// <summary>The actors filed under any of these keys, each once, in the order their keys were asked for.</summary>
    public List<Actor> ActorsByKeys(LiteDatabase db, IEnumerable<string> keys) =>
        Actors(db, actorIndex.IdsUnder(db, keys));

    /// <summary>A copy of the meeting held: what the reader changes reaches the view only if it writes it.</summary>
    public Meeting? Meeting(LiteDatabase db, int id) => KnownMeeting(db, id) is { } meeting ? Copy(meeting) : null;

    /// <summary>The meeting held, itself, for the writer to change and write back with Put (see the remarks).</summary>
    public Meeting? MeetingToChange(LiteDatabase db, int id) => Taken(KnownMeeting(db, id), id, _takenMeetings);

    // Marks a held document as handed out to be changed: Put clears the mark, and Flush refuses to write while one is
    // left.
    private static T? Taken<T>(T? document, int id, HashSet<int> taken)
        where T : class
    {
        if (document is not null)
        {
            taken.Add(id);
        }

        return document;
    }

    /// <summary>
    /// Takes an actor as written: a new one (its id given) or a changed one. The view keeps the object itself, not a
    /// copy (copying every written document was a tenth of what ingestion allocated): the caller changes it again only
    /// after taking it again with <see cref="ActorToChange"/>.
    /// </summary>
    public void Put(LiteDatabase db, Actor actor, bool isNew)
    {
        actorIndex.Put(db, actor);
        _actors[actor.Id] = actor;
        _takenActors.Remove(actor.Id);
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
        _takenMeetings.Remove(meeting.Id);
        _changedMeetings.Add(meeting.Id);
        if (isNew)
        {
            _newMeetings.Add(meeting.Id);
        }

        meetingIndex.Put(db, meeting);
    }

    /// <summary>
    /// Writes every change, each document once, inside the caller's transaction; throws, writing nothing, when a
    /// document handed out to be changed was not written back (the caller rolls the transaction back). Without
    /// <paramref name="keepWritten"/> the documents written are let go: a single write's caller keeps the objects it
    /// wrote (an article's result names them) and may read them after it returns, while a later batch would change
    /// held documents in place.
    /// </summary>
    public void Flush(LiteDatabase db, bool keepWritten = true)
    {
        if (_takenActors.Count > 0 || _takenMeetings.Count > 0)
        {
            throw new InvalidOperationException(
                $"{_takenActors.Count} actors and {_takenMeetings.Count} meetings were taken to be changed and not written back: an article failed halfway, so its batch is not committed.");
        }

        var actors = db.GetCollection<Actor>(Indexes.Actors);
        foreach (var id in _changedActors.Order())
        {
            if (_newActors.Contains(id))
            {
                actors.Insert(_actors[id]);
            }
            else
            {
                actors.Update(_actors[id]);
            }
        }

        foreach (var id in _changedMeetings.Order())
        {
            MeetingDocuments.Write(db, _meetings[id], _newMeetings.Contains(id));
        }

        if (!keepWritten)
        {
            foreach (var id in _changedActors)
            {
                _actors.Remove(id);
            }

            foreach (var id in _changedMeetings)
            {
                _meetings.Remove(id);
            }
        }

        _changedActors.Clear();
        _newActors.Clear();
        _changedMeetings.Clear();
        _newMeetings.Clear();
    }

    /// <summary>After a flush that committed: forgets what was used least recently, past the view's bounds.</summary>
    public void Trim()
    {
        if (HasChanges)
        {
            return;
        }

        _actors.Trim();
        _meetings.Trim();
    }

    /// <summary>
    /// Lets go of every actor and meeting held, when none is waiting to be written: after a bulk import they are
    /// thousands of documents (all 24,797 actors of 100,000 bench articles) that no write is about to need.
    /// The indexes they were filed in stay as they are: they hold what the file holds.
    /// </summary>
    public void Release()
    {
        if (HasChanges)
        {
            return;
        }

        _actors.Clear();
        _meetings.Clear();
    }

    /// <summary>Forgets everything, changes included (the transaction holding them was rolled back).</summary>
    public void Clear()
    {
        _takenActors.Clear();
        _takenMeetings.Clear();
        _actors.Clear();
        _newActors.Clear();
        _changedActors.Clear();
        _meetings.Clear();
        _changedMeetings.Clear();
        _newMeetings.Clear();
        actorIndex.Discard();
        meetingIndex.Discard();
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
