using System.Collections.Concurrent;
using BriefingBot.Core.Storage;
using LiteDB;
using Microsoft.Extensions.Options;

namespace BriefingBot.Storage;

/// <summary>
/// The one open LiteDB file of the process. LiteDB is thread-safe within a process; writes that must be
/// atomic together go through <see cref="Write{T}"/>, which runs them in one transaction.
/// </summary>
/// <remarks>
/// Ingestion writes in batches (<see cref="BeginBatch"/>): a batch decides what to write against the
/// <see cref="WriterView"/> (which sees what earlier batches wrote), and when it ends, one writer thread writes it
/// in one transaction and makes it durable, while the next batch is already being decided. Deciding and writing
/// took about the same time, one after the other on one thread; now they overlap. One batch is open at a time (the
/// knowledge lock); at most one ended batch waits while another is written. When a batch cannot be written, the
/// batches that ended after it are not written either, and the next batch starts from the file.
/// </remarks>
public sealed class LiteDbContext : IDisposable
{
    // LiteDB write transactions: the writer thread's, and those of Write outside a batch.
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    // The view, the indexes it feeds and the id sequences: held by the open batch, and by a removal.
    private readonly SemaphoreSlim _knowledgeLock = new(1, 1);
    private readonly AsyncLocal<StagedBatch?> _batch = new();

    private readonly BlockingCollection<Staged> _toWrite = new(boundedCapacity: 1);
    private readonly Lock _writerStart = new();
    private readonly Lock _inFlightLock = new();
    private readonly ManualResetEventSlim _drained = new(initialState: true);
    private Thread? _writer;
    private int _inFlight;
    private long _endedBatches;
    private long _committed;
    private Task _lastStaged = Task.CompletedTask;

    // Why the last batch could not be written; until the next batch begins, every ended batch fails with it.
    private volatile Exception? _failure;

    private readonly Stream? _data;
    private readonly LogFileStream? _log;

    public LiteDbContext(IOptions<StorageOptions> options)
        : this(OpenFiles(options.Value.Path))
    {
    }

    /// <summary>For tests: any LiteDatabase, an in-memory one included.</summary>
    public LiteDbContext(LiteDatabase database)
        : this((database, null, null))
    {
    }

    /// <summary>A data file and its log opened by <see cref="OpenFile"/>: commits are flushed to disk once each.</summary>
    public static LiteDbContext OpenFile(string path) => new(OpenFiles(path));

    /// <summary>Where LiteDB keeps the write-ahead log of a data file.</summary>
    public static string LogPathFor(string path) => LogFileStream.PathFor(path);

    private LiteDbContext((LiteDatabase Database, Stream? Data, LogFileStream? Log) files)
    {
        var database = files.Database;
        _data = files.Data;
        _log = files.Log;
        Database = database;
        Mapper.RegisterMappings(database.Mapper);
        Indexes.Ensure(database);
        SchemaMigration.Run(database);
        Search = new SearchIndex(database);
        View = new WriterView(ActorIndex, MeetingIndex);
    }

    public LiteDatabase Database { get; }

    /// <summary>Ids for new documents, given out by the one writer (see <see cref="IdSequences"/>).</summary>
    internal IdSequences Sequences { get; } = new();

    /// <summary>What actor matching reads, in memory (see <see cref="ActorIndex"/>).</summary>
    internal ActorIndex ActorIndex { get; } = new();

    /// <summary>What meeting matching reads, in memory (see <see cref="MeetingIndex"/>).</summary>
    internal MeetingIndex MeetingIndex { get; } = new();

    /// <summary>The writer's actors and meetings, written when a transaction commits (see <see cref="WriterView"/>).</summary>
    internal WriterView View { get; }

    /// <summary>The word index of the articles (see <see cref="SearchIndex"/>).</summary>
    internal SearchIndex Search { get; }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction; on any exception nothing of it is kept. Inside a batch it runs
    /// in the batch instead (see <see cref="BeginBatch"/>): work that writes the view, not the file.
    /// </summary>
    public async Task<T> Write<T>(Func<LiteDatabase, T> work, CancellationToken cancellationToken)
    {
        if (OpenBatch is { } batch)
        {
            return batch.Run(work);
        }

        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // LiteDB transactions belong to the calling thread, so the whole unit runs on this one.
            Database.BeginTrans();
            try
            {
                var result = work(Database);
                Database.Commit();
                MakeDurable();
                return result;
            }
            catch
            {
                Database.Rollback();
                throw;
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>
    /// Starts a batch in this flow (waiting while another is open): ingestion's writes go to the view until the batch
    /// ends, then to the writer thread, which commits them in one transaction (one flush). The batch is not bound to
    /// a thread: the file is written only by the writer thread.
    /// </summary>
    public IStoreBatch BeginBatch()
    {
        if (OpenBatch is not null)
        {
            throw new InvalidOperationException("A batch is already open in this flow.");
        }

        _knowledgeLock.Wait();
        try
        {
            Recover();
        }
        catch
        {
            _knowledgeLock.Release();
            throw;
        }

        var batch = new StagedBatch(this);
        _batch.Value = batch;
        return batch;
    }

    /// <summary>
    /// Runs work that writes actors or meetings past the view (a removal): once nothing is being written, with no
    /// batch open; the view is forgotten after it.
    /// </summary>
    internal async Task<T> WithKnowledge<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await _knowledgeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Recover();
            Drain();
            return await work().ConfigureAwait(false);
        }
        finally
        {
            View.Clear();
            _knowledgeLock.Release();
        }
    }

    // Under the knowledge lock: after a batch that could not be written, the view holds what never reached the file.
    private void Recover()
    {
        if (_failure is not null)
        {
            Drain();
            View.Clear();
            _failure = null;
        }
    }

    // Waits until every ended batch is written (or failed).
    private void Drain() => _drained.Wait();

    // Under the knowledge lock: a batch that failed inside leaves the view with what it never wrote.
    private void Discard()
    {
        Drain();
        View.Clear();
    }

    private Task Enqueue(StagedWrites writes, long number)
    {
        var staged = new Staged(writes, number);
        lock (_inFlightLock)
        {
            _inFlight++;
            _drained.Reset();
        }

        lock (_writerStart)
        {
            if (_writer is null)
            {
                _writer = new Thread(WriteStaged) { IsBackground = true, Name = "store-writer" };
                // Without the caller's ExecutionContext: no AsyncLocal of the caller (its open batch) flows in.
                _writer.UnsafeStart();
            }
        }

        // Blocks while one ended batch is already waiting: the batch being decided runs at most one ahead.
        _toWrite.Add(staged);
        return staged.Done.Task;
    }

    // The writer thread: each ended batch in order, one transaction and one flush each.
    private void WriteStaged()
    {
        foreach (var staged in _toWrite.GetConsumingEnumerable())
        {
            try
            {
                if (_failure is { } earlier)
                {
                    throw new IOException($"Not written: an earlier batch could not be written ({earlier.Message}).", earlier);
                }

                _writeLock.Wait();
                try
                {
                    Database.BeginTrans();
                    try
                    {
                        staged.Writes.Write(Database);
                        Database.Commit();
                    }
                    catch
                    {
                        Database.Rollback();
                        throw;
                    }

                    // Postings are added once their articles are committed (their mark must never cover one that is not).
                    foreach (var article in staged.Writes.Articles)
                    {
                        Search.Add(article.Id, article.Title + " " + article.Body, mayFlush: false);
                    }

                    Volatile.Write(ref _committed, staged.Number);
                    MakeDurable();
                }
                finally
                {
                    _writeLock.Release();
                }

                staged.Done.TrySetResult();
                FlushSearchIfDue();
            }
            catch (Exception e)
            {
                // Posted first: whoever sees the task failed sees the failure (and the next batch starts from the file).
                // Whoever sees the failure and waits for the batches in flight sees the task failed.
                _failure = e;
                // Readers outside batches use the indexes, which hold what was never written.
                ActorIndex.Discard();
                MeetingIndex.Discard();
                staged.Done.TrySetException(e);
            }
            finally
            {
                lock (_inFlightLock)
                {
                    if (--_inFlight == 0)
                    {
                        _drained.Set();
                    }
                }
            }
        }
    }

    private void FlushSearchIfDue()
    {
        try
        {
            Search.FlushIfDue();
        }
        catch (Exception)
        {
            // The postings stay pending in memory, and the next flush (or closing the file) writes them.
        }
    }

    // LiteDB's commit queues the transaction's pages for its log writer and returns; the log's length it reports
    // then is where the writer will have got to once they are all in the file.
    private void MakeDurable()
    {
        if (_log is not null)
        {
            var length = Database.GetCollection("$database").FindAll().First()["logFileSize"].AsInt32;
            _log.FlushToDisk(length, TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>Whether this flow is inside a write batch (postings wait for its end).</summary>
    internal bool InBatch => OpenBatch is not null;

    // The flow's batch, unless it has ended: a batch ended from an async method called in the flow stays in the
    // flow's AsyncLocal (a change made inside an async method does not flow back out to its caller).
    private StagedBatch? OpenBatch => _batch.Value is { IsOpen: true } batch ? batch : null;

    public void Dispose()
    {
        _toWrite.CompleteAdding();
        _writer?.Join();
        Search.Flush();
        Database.Dispose();
        _data?.Dispose();
        if (_log is not null)
        {
            var path = _log.Path;
            var empty = _log.Length == 0;
            _log.Dispose();
            if (empty)
            {
                // As LiteDB itself does: a log with nothing left to apply is not kept.
                File.Delete(path);
            }
        }

        _writeLock.Dispose();
        _knowledgeLock.Dispose();
        _toWrite.Dispose();
        _drained.Dispose();
    }

    // The files are opened here rather than by LiteDB so that the log can be flushed once per commit (see
    // LogFileStream). One process owns the data file: others may read it, none may write it meanwhile.
    private static (LiteDatabase, Stream, LogFileStream) OpenFiles(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        SetAsideOrphanLog(full);
        FileStream? data = null;
        LogFileStream? log = null;
        try
        {
            data = new FileStream(full, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 8192, FileOptions.RandomAccess);
            log = new LogFileStream(new FileStream(LogFileStream.PathFor(full), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 8192, FileOptions.SequentialScan));
            return (new LiteDatabase(data, logStream: log), data, log);
        }
        catch
        {
            log?.Dispose();
            data?.Dispose();
            throw;
        }
    }

    // A log whose data file is gone (deleted by hand, or a fresh file at the same path) belongs to another file:
    // applied to a new one it corrupts it. It is kept beside, renamed, in case someone needs it.
    private static void SetAsideOrphanLog(string dataFile)
    {
        var log = LogFileStream.PathFor(dataFile);
        var dataMissing = !File.Exists(dataFile) || new FileInfo(dataFile).Length == 0;
        if (dataMissing && File.Exists(log) && new FileInfo(log).Length > 0)
        {
            File.Move(log, $"{log}.orphaned-{DateTime.UtcNow:yyyyMMddHHmmss}");
        }
    }

    private sealed class Staged(StagedWrites writes, long number)
    {
        public StagedWrites Writes => writes;

        public long Number => number;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class StagedBatch(LiteDbContext context) : IStoreBatch
    {
        private Exception? _failed;
        private Task? _ended;

        public bool IsOpen => _ended is null;

        public T Run<T>(Func<LiteDatabase, T> work)
        {
            if (_ended is not null)
            {
                throw new InvalidOperationException("The write batch has ended.");
            }

            if (_failed is not null)
            {
                throw new InvalidOperationException("The write batch failed and was rolled back.");
            }

            try
            {
                if (context._failure is { } earlier)
                {
                    throw new IOException($"An earlier batch could not be written ({earlier.Message}).", earlier);
                }

                return work(context.Database);
            }
            catch (Exception e)
            {
                _failed = e;
                context.Discard();
                throw;
            }
        }

        public Task CommitAsync()
        {
            if (_ended is not null)
            {
                return _ended;
            }

            context._batch.Value = null;
            try
            {
                if (_failed is not null)
                {
                    return _ended = Task.FromException(_failed);
                }

                var number = ++context._endedBatches;
                var writes = context.View.TakeChanges(number);
                // A batch that wrote nothing may still have read what an earlier one wrote: it ends with that one.
                _ended = writes.IsEmpty
                    ? (context._lastStaged.IsCompleted ? Task.CompletedTask : context._lastStaged)
                    : context._lastStaged = context.Enqueue(writes, number);
                context.View.Trim(Volatile.Read(ref context._committed));
                return _ended;
            }
            finally
            {
                context._knowledgeLock.Release();
            }
        }

        public void Dispose()
        {
            if (_ended is not null)
            {
                return;
            }

            var failedInside = _failed is not null;
            var ended = CommitAsync();
            if (!failedInside)
            {
                ended.GetAwaiter().GetResult();
            }
        }
    }
}
