using LiteDB;
using LiteDB.Engine;

namespace BriefingBot.Storage;

/// <summary>
/// LiteDB's engine with its calls kept apart: reads run together, a write runs alone, and a transaction runs alone
/// from its begin to its commit or rollback. LiteDB 5 says it serves reads beside a writing thread, but 5.0.20 does not
/// survive it: a thread writing transactions and one thread reading by id and by index failed within a minute with
/// "pages in memory store must be non-shared" (and ingestion beside a reading thread with "Page type must be data
/// page"), after which the engine refuses everything. Reports of these errors are open upstream
/// (litedb-org/LiteDB#2825) and 5.0.20 is the newest version obtainable. The bot reads (commands, digests) while
/// it ingests, so every call goes through this gate.
/// </summary>
/// <remarks>
/// A transaction belongs to the thread that began it (as in LiteDB): that thread's calls pass while it holds the
/// gate. A thread's own open readers do not keep it from writing (one thread interleaving a read and a write is what
/// LiteDB does itself). A reader holds the gate until it is disposed or read to its end, so queries must be
/// enumerated or disposed (LiteDB's collection methods always do). Code that reads under a lock of its own takes the
/// gate first (<see cref="Reading"/>): the writer holds the gate and then takes such locks. Waits give up after
/// <see cref="Timeout"/>, as LiteDB's own locks do, rather than hang.
/// </remarks>
internal sealed class GatedEngine(ILiteEngine inner) : ILiteEngine
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    // Replaced only alone (Reopen), and read only through the gate.
    private ILiteEngine _inner = inner;

    // Monitor.Wait and PulseAll need a plain object (System.Threading.Lock has no condition wait).
    private readonly object _sync = new();
    // Open readers by thread.
    private readonly Dictionary<int, int> _readers = [];
    private int _writer;
    private int _writerDepth;

    // Readers that were waiting when a writer let go get in before the next writer: a bulk ingestion commits batch
    // after batch, and a command must not wait for all of them.
    private int _waitingReaders;
    private int _readerPasses;

    public bool BeginTrans()
    {
        EnterWrite();
        bool begun;
        try
        {
            begun = _inner.BeginTrans();
        }
        catch
        {
            ExitWrite();
            throw;
        }

        if (!begun)
        {
            // Already in this thread's transaction: the gate was held already.
            ExitWrite();
        }

        return begun;
    }

    public bool Commit() => EndTransaction(() => _inner.Commit());

    public bool Rollback() => EndTransaction(() => _inner.Rollback());

    public IBsonDataReader Query(string collection, Query query)
    {
        var hold = Reading();
        try
        {
            var reader = _inner.Query(collection, query);
            return hold == NoHold.Instance ? reader : new GatedReader(reader, hold);
        }
        catch
        {
            hold.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Holds the gate open for reading until disposed: for code that takes a lock of its own and then reads, which must
    /// come here first (the writer holds the gate, then takes such locks). Passes on the thread that holds the gate.
    /// </summary>
    public IDisposable Reading() => EnterRead() is { } thread ? new ReadHold(this, thread) : NoHold.Instance;

    public int Insert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Alone(() => _inner.Insert(collection, docs, autoId));

    public int Update(string collection, IEnumerable<BsonDocument> docs) => Alone(() => _inner.Update(collection, docs));

    public int UpdateMany(string collection, BsonExpression transform, BsonExpression predicate) => Alone(() => _inner.UpdateMany(collection, transform, predicate));

    public int Upsert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Alone(() => _inner.Upsert(collection, docs, autoId));

    public int Delete(string collection, IEnumerable<BsonValue> ids) => Alone(() => _inner.Delete(collection, ids));

    public int DeleteMany(string collection, BsonExpression predicate) => Alone(() => _inner.DeleteMany(collection, predicate));

    public bool DropCollection(string name) => Alone(() => _inner.DropCollection(name));

    public bool RenameCollection(string name, string newName) => Alone(() => _inner.RenameCollection(name, newName));

    public bool EnsureIndex(string collection, string name, BsonExpression expression, bool unique) => Alone(() => _inner.EnsureIndex(collection, name, expression, unique));

    public bool DropIndex(string collection, string name) => Alone(() => _inner.DropIndex(collection, name));

    public BsonValue Pragma(string name) => Alone(() => _inner.Pragma(name));

    public bool Pragma(string name, BsonValue value) => Alone(() => _inner.Pragma(name, value));

    public int Checkpoint() => Alone(() => _inner.Checkpoint());

    public long Rebuild(RebuildOptions options) => Alone(() => _inner.Rebuild(options));

    /// <summary>
    /// Closes the engine and opens another with <paramref name="open"/>, with no call in progress: LiteDB 5 never gives
    /// back the page cache a large transaction grew, and a new engine starts without one. The old engine copies its log
    /// into the data file as it closes (a checkpoint), so the new one starts from the data file alone.
    /// </summary>
    public void Reopen(Func<ILiteEngine> open) => Alone(() =>
    {
        _inner.Dispose();
        _inner = open();
        return 0;
    });

    public void Dispose() => Alone(() =>
    {
        _inner.Dispose();
        return 0;
    });

    private T Alone<T>(Func<T> call)
    {
        EnterWrite();
        try
        {
            return call();
        }
        finally
        {
            ExitWrite();
        }
    }

    private bool EndTransaction(Func<bool> end)
    {
        if (!OwnsWrite())
        {
            return Alone(end);
        }

        try
        {
            return end();
        }
        finally
        {
            // Released whether or not LiteDB still had the transaction (it ends one itself when a write in it fails).
            lock (_sync)
            {
                _writerDepth = 0;
                ReleaseWrite();
            }
        }
    }

    private bool OwnsWrite()
    {
        lock (_sync)
        {
            return _writer == Environment.CurrentManagedThreadId;
        }
    }

    private void EnterWrite()
    {
        var me = Environment.CurrentManagedThreadId;
        lock (_sync)
        {
            if (_writer == me)
            {
                _writerDepth++;
                return;
            }

            var deadline = DateTime.UtcNow + Timeout;
            while (_writer != 0 || _readerPasses > 0 || _readers.Keys.Any(thread => thread != me))
            {
                Wait(deadline, "to write");
            }

            _writer = me;
            _writerDepth = 1;
        }
    }

    private void ExitWrite()
    {
        lock (_sync)
        {
            if (--_writerDepth == 0)
            {
                ReleaseWrite();
            }
        }
    }

    // The thread now reading, or null when it holds the gate for writing (its reads pass).
    private int? EnterRead()
    {
        var me = Environment.CurrentManagedThreadId;
        lock (_sync)
        {
            if (_writer == me)
            {
                return null;
            }

            var deadline = DateTime.UtcNow + Timeout;
            if (_writer != 0)
            {
                _waitingReaders++;
                try
                {
                    while (_writer != 0)
                    {
                        Wait(deadline, "to read");
                    }
                }
                finally
                {
                    _waitingReaders--;
                    if (_readerPasses > 0)
                    {
                        // In on its pass, or giving it up.
                        _readerPasses--;
                        Monitor.PulseAll(_sync);
                    }
                }
            }

            _readers[me] = _readers.GetValueOrDefault(me) + 1;
            return me;
        }
    }

    private void ExitRead(int thread)
    {
        lock (_sync)
        {
            if (--_readers[thread] == 0)
            {
                _readers.Remove(thread);
            }

            // A writer waits for the other threads' readers: its own may still be open.
            Monitor.PulseAll(_sync);
        }
    }

    // Under _sync.
    private void ReleaseWrite()
    {
        _writer = 0;
        _readerPasses = _waitingReaders;
        Monitor.PulseAll(_sync);
    }

    // Under _sync.
    private void Wait(DateTime deadline, string what)
    {
        var left = deadline - DateTime.UtcNow;
        if (left <= TimeSpan.Zero || !Monitor.Wait(_sync, left))
        {
            throw new TimeoutException($"The data file was busy for more than {Timeout.TotalSeconds:0} s; waited {what}.");
        }
    }

    private sealed class ReadHold(GatedEngine gate, int thread) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.ExitRead(thread);
            }
        }
    }

    /// <summary>The hold of a thread whose reads pass, or of a store without a gate.</summary>
    internal sealed class NoHold : IDisposable
    {
        public static readonly NoHold Instance = new();

        public void Dispose()
        {
        }
    }

    /// <summary>A query's reader that holds the gate open for reading until it is disposed or read to its end.</summary>
    private sealed class GatedReader(IBsonDataReader inner, IDisposable hold) : IBsonDataReader
    {
        public BsonValue this[string field] => inner[field];

        public string Collection => inner.Collection;

        public BsonValue Current => inner.Current;

        public bool HasValues => inner.HasValues;

        public bool Read()
        {
            if (inner.Read())
            {
                return true;
            }

            hold.Dispose();
            return false;
        }

        public void Dispose()
        {
            try
            {
                inner.Dispose();
            }
            finally
            {
                hold.Dispose();
            }
        }
    }
}
