using System.Runtime.InteropServices;
using BriefingBot.Core.Actors;
using BriefingBot.Core.Meetings;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>
/// The writer's view of actors, meetings and meeting keys: documents it read or wrote, kept in memory, and its
/// changes held back until the batch commits, when each changed document is written once. Within a batch of fifty
/// articles a busy minister is resolved, re-read and rewritten in most of them; reading and mapping each document
/// from the file for every article, and writing it again for every article, was most of the cost of ingestion.
/// </summary>
/// <remarks>
/// Only the one writer uses it, always under the context's write lock, so it needs no locking of its own. Reads
/// outside a write batch go to the file, which then holds everything here (a batch flushes before it commits, a
/// single write before it returns). Callers get copies: what they change reaches the view only when they write it.
/// A rolled-back transaction, or a write that bypasses the view, clears it. A key's entry, once present, lists
/// every actor or meeting filed under it, pending ones included: an entry is loaded from the file before the
/// view adds to it.
/// </remarks>
internal sealed class WriterView
{
    // Past these, after a flush, that part of the view starts over (a day's working set fits many times over).
    // Most meeting keys asked for name no meeting (a participant's other weeks): their empty entries save a read each.
    private const int ActorCapacity = 20_000;
    private const int ActorKeyCapacity = 200_000;
    private const int MeetingCapacity = 2_000;
    private const int MeetingKeysCapacity = 20_000;
    private const int PostingCapacity = 200_000;

    // A key's meetings are kept in blocks of at most BlockIds, appended to the last (see MeetingKeys).
    private const int BlockIds = 256;

    private readonly Dictionary<int, Actor> _actors = [];
    private readonly HashSet<int> _newActors = [];
    private readonly HashSet<int> _changedActors = [];
    private readonly Dictionary<string, List<int>> _actorsByKey = new(StringComparer.Ordinal);

    private readonly Dictionary<int, Meeting> _meetings = [];
    private readonly HashSet<int> _changedMeetings = [];
    private readonly Dictionary<int, HashSet<string>> _meetingKeys = [];
    private readonly Dictionary<string, List<PostingBlock>> _postings = new(StringComparer.Ordinal);

    /// <summary>Whether changes are waiting for <see cref="Flush"/>.</summary>
    public bool HasChanges => _changedActors.Count > 0 || _changedMeetings.Count > 0;

    public Actor? Actor(LiteDatabase db, int id) => Known(db, id) is { } actor ? Copy(actor) : null;

    public List<Actor> Actors(LiteDatabase db, IEnumerable<int> ids) =>
        ids.Distinct().Select(id => Known(db, id)).OfType<Actor>().Select(Copy).ToList();

    /// <summary>The actors filed under any of these keys, each once, in the order their keys were asked for.</summary>
    public List<Actor> ActorsByKeys(LiteDatabase db, IEnumerable<string> keys) =>
        Actors(db, keys.Distinct(StringComparer.Ordinal).SelectMany(k => ActorIdsUnder(db, k)).ToList());

    public Meeting? Meeting(LiteDatabase db, int id) => KnownMeeting(db, id) is { } meeting ? Copy(meeting) : null;

    /// <summary>The meetings filed under a meeting key (see <see cref="MeetingKeys"/>).</summary>
    public IEnumerable<int> MeetingsUnder(LiteDatabase db, string key) => Postings(db, key).SelectMany(b => b.Ids);

    /// <summary>Takes an actor as written: a new one (its id given) or a changed one.</summary>
    public void Put(LiteDatabase db, Actor actor, bool isNew)
    {
        foreach (var key in actor.Keys)
        {
            var ids = ActorIdsUnder(db, key);
            if (!ids.Contains(actor.Id))
            {
                ids.Add(actor.Id);
            }
        }

        _actors[actor.Id] = Copy(actor);
        _changedActors.Add(actor.Id);
        if (isNew)
        {
            _newActors.Add(actor.Id);
        }
    }

    /// <summary>Takes a meeting as written, and files it under its keys.</summary>
    public void Put(LiteDatabase db, Meeting meeting)
    {
        var before = OwnKeys(db, meeting.Id);
        var after = MeetingKeys.Of(meeting).ToHashSet(StringComparer.Ordinal);
        foreach (var key in after.Except(before))
        {
            var blocks = Postings(db, key);
            if (blocks.Any(b => b.Ids.Contains(meeting.Id)))
            {
                continue;
            }

            if (blocks.Count > 0 && blocks[^1].Ids.Count < BlockIds)
            {
                blocks[^1].Ids.Add(meeting.Id);
                blocks[^1].Changed = true;
            }
            else
            {
                blocks.Add(new PostingBlock(key, blocks.Count == 0 ? 0 : blocks[^1].Number + 1, [meeting.Id]) { Changed = true });
            }
        }

        foreach (var key in before.Except(after))
        {
            foreach (var block in Postings(db, key).Where(b => b.Ids.Remove(meeting.Id)))
            {
                block.Changed = true;
            }
        }

        _meetingKeys[meeting.Id] = after;
        _meetings[meeting.Id] = Copy(meeting);
        _changedMeetings.Add(meeting.Id);
    }

    /// <summary>Writes every change, each document once, inside the caller's transaction.</summary>
    public void Flush(LiteDatabase db)
    {
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

        var own = db.GetCollection(Indexes.MeetingKeys);
        foreach (var id in _changedMeetings.Order())
        {
            MeetingDocuments.Write(db, _meetings[id]);
            own.Upsert(new BsonDocument { ["_id"] = id, ["Keys"] = new BsonArray(_meetingKeys[id].Order(StringComparer.Ordinal).Select(k => new BsonValue(k))) });
        }

        var postings = db.GetCollection(Indexes.MeetingKeyPostings);
        foreach (var blocks in _postings.Values)
        {
            foreach (var block in blocks.Where(b => b.Changed))
            {
                if (block.Ids.Count == 0)
                {
                    postings.Delete(block.DocumentId);
                }
                else
                {
                    postings.Upsert(new BsonDocument { ["_id"] = block.DocumentId, ["Ids"] = MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(block.Ids)).ToArray() });
                }

                block.Changed = false;
            }

            blocks.RemoveAll(b => b.Ids.Count == 0);
        }

        _changedActors.Clear();
        _newActors.Clear();
        _changedMeetings.Clear();
    }

    /// <summary>After a flush that committed: forgets everything if the view has grown past its bounds.</summary>
    public void Trim()
    {
        if (HasChanges)
        {
            return;
        }

        if (_actors.Count > ActorCapacity || _actorsByKey.Count > ActorKeyCapacity)
        {
            _actors.Clear();
            _actorsByKey.Clear();
        }

        if (_meetings.Count > MeetingCapacity)
        {
            _meetings.Clear();
        }

        if (_meetingKeys.Count > MeetingKeysCapacity)
        {
            _meetingKeys.Clear();
        }

        if (_postings.Count > PostingCapacity)
        {
            _postings.Clear();
        }
    }

    /// <summary>Forgets everything, changes included (the transaction holding them was rolled back).</summary>
    public void Clear()
    {
        _actors.Clear();
        _newActors.Clear();
        _changedActors.Clear();
        _actorsByKey.Clear();
        _meetings.Clear();
        _changedMeetings.Clear();
        _meetingKeys.Clear();
        _postings.Clear();
    }

    private Actor? Known(LiteDatabase db, int id)
    {
        if (!_actors.TryGetValue(id, out var actor) && db.GetCollection<Actor>(Indexes.Actors).FindById(id) is { } read)
        {
            actor = _actors[id] = read;
        }

        return actor;
    }

    private Meeting? KnownMeeting(LiteDatabase db, int id)
    {
        if (!_meetings.TryGetValue(id, out var meeting) && db.GetCollection<Meeting>(Indexes.Meetings).FindById(id) is { } read)
        {
            meeting = _meetings[id] = read;
        }

        return meeting;
    }

    private List<int> ActorIdsUnder(LiteDatabase db, string key)
    {
        if (!_actorsByKey.TryGetValue(key, out var ids))
        {
            ids = [];
            foreach (var read in db.GetCollection<Actor>(Indexes.Actors).Find(Multikey.Equal("Keys", key)))
            {
                ids.Add(read.Id);
                // The view's copy may be newer than the file's (changed in this batch).
                _actors.TryAdd(read.Id, read);
            }

            _actorsByKey[key] = ids;
        }

        return ids;
    }

    private HashSet<string> OwnKeys(LiteDatabase db, int meetingId)
    {
        if (!_meetingKeys.TryGetValue(meetingId, out var keys))
        {
            keys = db.GetCollection(Indexes.MeetingKeys).FindById(meetingId)?["Keys"].AsArray.Select(k => k.AsString).ToHashSet(StringComparer.Ordinal) ?? [];
            _meetingKeys[meetingId] = keys;
        }

        return keys;
    }

    private List<PostingBlock> Postings(LiteDatabase db, string key)
    {
        if (!_postings.TryGetValue(key, out var blocks))
        {
            blocks = MeetingKeys.Blocks(db, key)
                .Select(b => new PostingBlock(key, MeetingKeys.BlockNumber(key, b["_id"].AsString), [.. MemoryMarshal.Cast<byte, int>(b["Ids"].AsBinary)]))
                .OrderBy(b => b.Number)
                .ToList();
            _postings[key] = blocks;
        }

        return blocks;
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

    /// <summary>One posting document of a meeting key: <c>key#NNNNNN</c>, its meeting ids.</summary>
    private sealed class PostingBlock(string key, int number, List<int> ids)
    {
        public int Number => number;

        public List<int> Ids => ids;

        public bool Changed { get; set; }

        public string DocumentId => $"{key}#{number:D6}";
    }
}
