using System.Runtime.InteropServices;
using BriefingBot.Core.Search;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>
/// The word index behind /search: for each term, the ids of the articles containing it. A multikey LiteDB index
/// over every article's ~300 terms touched ~300 index pages per commit (27 KB of file and tens of milliseconds an
/// article); here new articles' terms gather in memory and are written as posting blocks (binary id lists, one
/// document per term and flush, named by the term and its first id) every <see cref="FlushEvery"/> articles, in one
/// transaction. What is not yet
/// written is rebuilt from the articles themselves (ids above the stored mark) the first time the index is used,
/// so a crash loses nothing: articles are the truth, postings a derived cache. Removed articles are left in the
/// postings and dropped when the hits are loaded.
/// </summary>
internal sealed class SearchIndex(LiteDatabase db, Func<IDisposable> reading)
{
    public const int FlushEvery = 4096;

    // Ids per posting document: 16 KB of ids, so a common word costs a few documents, not a huge one.
    private const int BlockIds = 4096;
    private const string MarkKey = "search.indexed_upto";

    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<int>> _pending = new(StringComparer.Ordinal);
    private readonly Queue<(int Id, Task<IReadOnlyList<string>> Terms)> _splitting = new();
    private int _pendingArticles;
    private int _indexedUpTo = -1;

    private ILiteCollection<BsonDocument> Postings => db.GetCollection(Indexes.Postings);

    // Under the lock.
    private bool IsDue => _pendingArticles + _splitting.Count >= FlushEvery;

    /// <summary>Adds a committed article's terms, split from its text; writes the gathered postings when enough have come.</summary>
    public void Add(int articleId, string text, bool mayFlush) =>
        // Splitting a body into terms was a tenth of the one writer's time per article: it runs beside the writer,
        // and whatever reads the postings takes the finished splits first (Settle).
        Add(articleId, Task.Run<IReadOnlyList<string>>(() => SearchTerms.Of(text)), mayFlush);

    /// <summary>Adds a committed article's terms: those of <see cref="SearchTerms.Of"/> of its title, a space and its body, in any order, maybe repeated.</summary>
    public void Add(int articleId, IReadOnlyList<string> terms, bool mayFlush) => Add(articleId, Task.FromResult(terms), mayFlush);

    private void Add(int articleId, Task<IReadOnlyList<string>> terms, bool mayFlush)
    {
        bool due;
        // The data file's gate before this lock (catching up reads the file; the writer holds the gate, then this lock).
        using (reading())
        {
            lock (_lock)
            {
                // An article that catching up has just read may come twice; the intersection's set absorbs it.
                CatchUp();
                SettleFinished();
                _splitting.Enqueue((articleId, terms));
                _indexedUpTo = Math.Max(_indexedUpTo, articleId);
                due = mayFlush && IsDue;
            }
        }

        if (due)
        {
            Flush();
        }
    }

    /// <summary>Writes the gathered postings if enough articles have come (after a write batch).</summary>
    public void FlushIfDue()
    {
        bool due;
        lock (_lock)
        {
            due = IsDue;
        }

        if (due)
        {
            Flush();
        }
    }

    /// <summary>
    /// Ids of articles having every term, highest first, each once; may include removed articles. Worked out as the
    /// caller takes them, each term's postings read from the newest down only as far as needed (see
    /// <see cref="PostingCursor"/>). What was gathered since the last flush, and the names of the blocks written, are
    /// taken now; blocks are never changed once written, so reading them later reads what was there.
    /// </summary>
    public IEnumerable<int> NewestFirst(IReadOnlyList<string> terms)
    {
        PostingCursor[] cursors;
        using (reading())
        {
            lock (_lock)
            {
                CatchUp();
                Settle();
                cursors = [.. terms.Distinct(StringComparer.Ordinal).Select(t => new PostingCursor(Postings, t, _pending.TryGetValue(t, out var ids) ? [.. ids] : []))];
            }
        }

        return cursors.Length == 0 ? [] : Intersect(cursors);
    }

    // Leapfrog: the candidate is the highest id no cursor has gone below; every cursor moves down to it, and when
    // none has to go lower, all of them hold it.
    private static IEnumerable<int> Intersect(PostingCursor[] cursors)
    {
        var candidate = int.MaxValue;
        while (true)
        {
            var agreed = true;
            foreach (var cursor in cursors)
            {
                if (!cursor.SeekAtMost(candidate))
                {
                    yield break;
                }

                if (cursor.Current < candidate)
                {
                    candidate = cursor.Current;
                    agreed = false;
                }
            }

            if (agreed)
            {
                yield return candidate;
                if (candidate == int.MinValue)
                {
                    yield break;
                }

                candidate--;
            }
        }
    }

    /// <summary>
    /// Whether every term's posting blocks hold their ids in order, each block named by its first id and beginning at
    /// or above where the block before it ends, as <see cref="PostingCursor"/> needs. Files from before ids were never
    /// reused may not (an article removed while newest, its id then given again); read once, by the migration to
    /// schema version 4, a chunk of blocks at a time.
    /// </summary>
    public static bool PostingsInOrder(LiteDatabase db)
    {
        var postings = db.GetCollection(Indexes.Postings);
        var after = "";
        string? term = null;
        var last = int.MinValue;
        while (true)
        {
            var chunk = postings.Query().Where(Filters.Greater("_id", after)).OrderBy("$._id").Limit(256).ToList();
            foreach (var block in chunk)
            {
                var ids = MemoryMarshal.Cast<byte, int>(block["Ids"].AsBinary);
                if (ParseBlockName(block["_id"].AsString) is not { } named || ids.IsEmpty || ids[0] != named.First)
                {
                    return false;
                }

                if (named.Term != term)
                {
                    term = named.Term;
                    last = int.MinValue;
                }

                foreach (var id in ids)
                {
                    if (id < last)
                    {
                        return false;
                    }

                    last = id;
                }
            }

            if (chunk.Count < 256)
            {
                return true;
            }

            after = chunk[^1]["_id"].AsString;
        }
    }

    /// <summary>
    /// Forgets the postings, in the caller's transaction: they are made again from the articles the first time the
    /// index is used, as after a crash.
    /// </summary>
    public static void Forget(LiteDatabase db)
    {
        db.GetCollection(Indexes.Postings).DeleteAll();
        db.GetCollection(Indexes.State).Delete(MarkKey);
    }

    /// <summary>Writes what is gathered (at shutdown, and every <see cref="FlushEvery"/> articles).</summary>
    public void Flush()
    {
        lock (_lock)
        {
            Settle();
            if (_pendingArticles == 0)
            {
                return;
            }
        }

        // The caller may hold the store's write lock or not; the postings have their own transaction either way. It
        // begins before this lock is taken again: a transaction holds the data file's gate, which comes first.
        var own = db.BeginTrans();
        try
        {
            lock (_lock)
            {
                Settle();
                if (_pendingArticles > 0)
                {
                    foreach (var (term, ids) in _pending)
                    {
                        Append(term, ids);
                    }

                    db.GetCollection(Indexes.State).Upsert(new BsonDocument { ["_id"] = MarkKey, ["Value"] = _indexedUpTo });
                }

                if (own)
                {
                    db.Commit();
                }

                _pending.Clear();
                _pendingArticles = 0;
            }
        }
        catch
        {
            if (own)
            {
                db.Rollback();
            }

            throw;
        }
    }

    private void Settle()
    {
        while (_splitting.TryDequeue(out var split))
        {
            AddPending(split.Id, split.Terms.GetAwaiter().GetResult());
        }
    }

    // The splits already done join the pending postings as the next articles come, not at the flush: held until
    // then, 4,096 articles' term lists (a string object per term and article, most of them words already pending)
    // outlived two collections and were copied into the oldest generation only to die there, and peaked the heap
    // before every flush.
    private void SettleFinished()
    {
        while (_splitting.TryPeek(out var split) && split.Terms.IsCompleted)
        {
            _splitting.Dequeue();
            AddPending(split.Id, split.Terms.GetAwaiter().GetResult());
        }
    }

    private void AddPending(int articleId, IReadOnlyList<string> terms)
    {
        foreach (var term in terms)
        {
            ref var ids = ref CollectionsMarshal.GetValueRefOrAddDefault(_pending, term, out _);
            ids ??= [];
            // A term the article gave twice (extraction's terms may repeat one) is listed once.
            if (ids.Count == 0 || ids[^1] != articleId)
            {
                ids.Add(articleId);
            }
        }

        _pendingArticles++;
    }

    // Articles committed after the last written postings (a crash, or a file from before this index) are read again.
    private void CatchUp()
    {
        if (_indexedUpTo >= 0)
        {
            return;
        }

        var mark = db.GetCollection(Indexes.State).FindById(MarkKey);
        _indexedUpTo = mark is null ? 0 : mark["Value"].AsInt32;
        var articles = db.GetCollection(Indexes.Articles);
        foreach (var article in articles.Find(Filters.Greater("_id", _indexedUpTo)))
        {
            var id = article["_id"].AsInt32;
            AddPending(id, SearchTerms.Of(article["Title"].AsString + " " + article["Body"].AsString));
            _indexedUpTo = Math.Max(_indexedUpTo, id);
        }
    }

    // Each flush adds one block per term and never rewrites an older one: reading a term's last block back to
    // extend it cost two reads and two writes per term per flush, most of the time of storing an article.
    private void Append(string term, List<int> ids)
    {
        var postings = Postings;
        for (var offset = 0; offset < ids.Count; offset += BlockIds)
        {
            var slice = CollectionsMarshal.AsSpan(ids).Slice(offset, Math.Min(BlockIds, ids.Count - offset));
            postings.Insert(new BsonDocument { ["_id"] = BlockName(term, slice[0]), ["Ids"] = MemoryMarshal.AsBytes(slice).ToArray() });
        }
    }

    /// <summary>A posting block's name: its term, '#', and its first id in ten digits (so names sort by first id).</summary>
    internal static string BlockName(string term, int first) => $"{term}#{first:D10}";

    /// <summary>The term and first id a block's name holds; null when the name is not one <see cref="BlockName"/> makes.</summary>
    internal static (string Term, int First)? ParseBlockName(string name)
    {
        var hash = name.LastIndexOf('#');
        return hash >= 0 && int.TryParse(name.AsSpan(hash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var first)
            ? (name[..hash], first)
            : null;
    }
}
