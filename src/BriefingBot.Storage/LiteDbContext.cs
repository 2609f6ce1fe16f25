using LiteDB;
using LiteDB.Engine;
using Microsoft.Extensions.Options;

namespace BriefingBot.Storage;

/// <summary>
/// The one open LiteDB file of the process. LiteDB is thread-safe within a process; writes that must be
/// atomic together go through <see cref="Write{T}"/>, which runs them in one transaction.
/// </summary>
public sealed class LiteDbContext : IDisposable
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly AsyncLocal<WriteBatch?> _batch = new();

    private readonly Stream? _data;
    private readonly LogFileStream? _log;
    private readonly GatedEngine? _gate;

    public LiteDbContext(IOptions<StorageOptions> options)
        : this(OpenFiles(options.Value.Path))
    {
    }

    /// <summary>For tests: any LiteDatabase, an in-memory one included.</summary>
    public LiteDbContext(LiteDatabase database)
        : this((database, null, null, null))
    {
    }

    /// <summary>A data file and its log opened by <see cref="OpenFile"/>: commits are flushed to disk once each.</summary>
    public static LiteDbContext OpenFile(string path) => new(OpenFiles(path));

    /// <summary>Where LiteDB keeps the write-ahead log of a data file.</summary>
    public static string LogPathFor(string path) => LogFileStream.PathFor(path);

    private LiteDbContext((LiteDatabase Database, Stream? Data, LogFileStream? Log, GatedEngine? Gate) files)
    {
        var database = files.Database;
        _data = files.Data;
        _log = files.Log;
        _gate = files.Gate;
        ActorIndex = new ActorIndex(Reading);
        MeetingIndex = new MeetingIndex(Reading);
        ArticleKeys = new ArticleKeyFilter(Reading);
        Database = database;
        Mapper.RegisterMappings(database.Mapper);
        Indexes.Ensure(database);
        SchemaMigration.Run(database);
        Search = new SearchIndex(database, Reading);
        View = new WriterView(ActorIndex, MeetingIndex);
    }

    public LiteDatabase Database { get; }

    /// <summary>Ids for new documents, given out by the one writer (see <see cref="IdSequences"/>).</summary>
    internal IdSequences Sequences { get; } = new();

    /// <summary>What actor matching reads, in memory (see <see cref="ActorIndex"/>).</summary>
    internal ActorIndex ActorIndex { get; }

    /// <summary>What meeting matching reads, in memory (see <see cref="MeetingIndex"/>).</summary>
    internal MeetingIndex MeetingIndex { get; }

    /// <summary>Which content hashes and addresses may be stored already (see <see cref="ArticleKeyFilter"/>).</summary>
    internal ArticleKeyFilter ArticleKeys { get; }

    /// <summary>The writer's actors and meetings, written when a transaction commits (see <see cref="WriterView"/>).</summary>
    internal WriterView View { get; }

    /// <summary>The word index of the articles (see <see cref="SearchIndex"/>).</summary>
    internal SearchIndex Search { get; }

    /// <summary>Runs <paramref name="work"/> in one transaction; on any exception nothing of it is kept.</summary>
    public async Task<T> Write<T>(Func<LiteDatabase, T> work, CancellationToken cancellationToken)
    {
        if (_batch.Value is { } batch)
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
                View.Flush(Database, keepWritten: false);
                Database.Commit();
                MakeDurable();
                View.Trim();
                return result;
            }
            catch
            {
                RolledBack();
                throw;
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>
    /// Lets go of the actors and meetings the writer holds to write faster (<see cref="WriterView.Release"/>) and of
    /// LiteDB's page cache, once the writer is idle: after a bulk import. LiteDB 5 keeps every page buffer its largest
    /// transaction needed (tens of megabytes for a batch of hundreds of articles), so the engine is closed and opened
    /// again on the same files, which takes a checkpoint and a fraction of a second. Inside a batch of this flow it does
    /// nothing: the batch is still using them.
    /// </summary>
    public async Task ReleaseWriterViewAsync(CancellationToken cancellationToken)
    {
        if (InBatch)
        {
            return;
        }

        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            View.Release();
            if (_gate is not null)
            {
                _gate.Reopen(() => new LiteEngine(EngineSettingsFor(_data!, _log!)));
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>
    /// Starts a batch: writes of this flow run in one transaction, committed (one flush) when the scope is disposed.
    /// LiteDB binds a transaction to its thread, so the batch must stay on the thread that began it.
    /// </summary>
    public IDisposable BeginBatch()
    {
        if (_batch.Value is not null)
        {
            throw new InvalidOperationException("A batch is already open in this flow.");
        }

        _writeLock.Wait();
        Database.BeginTrans();
        var batch = new WriteBatch(this, Environment.CurrentManagedThreadId);
        _batch.Value = batch;
        return batch;
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

    // Everything kept in memory of what the transaction wrote is forgotten with it.
    private void RolledBack()
    {
        Database.Rollback();
        View.Clear();
    }


    /// <summary>Whether this flow is inside a write batch (postings wait for its end).</summary>
    internal bool InBatch => _batch.Value is not null;

    public void Dispose()
    {
        ActorIndex.Close();
        MeetingIndex.Close();
        ArticleKeys.Close();
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
    }

    // The files are opened here rather than by LiteDB so that the log can be flushed once per commit (see
    // LogFileStream). One process owns the data file: others may read it, none may write it meanwhile.
    /// <summary>
    /// Holds the data file open for reading until disposed (see <see cref="GatedEngine.Reading"/>): for code that
    /// reads the file while holding a lock of its own, taken before that lock.
    /// </summary>
    internal IDisposable Reading() => _gate?.Reading() ?? GatedEngine.NoHold.Instance;

    private static (LiteDatabase, Stream, LogFileStream, GatedEngine) OpenFiles(string path)
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
            // Every call through the gate: LiteDB 5.0.20 breaks when one thread reads while another writes.
            var gate = new GatedEngine(new LiteEngine(EngineSettingsFor(data, log)));
            return (new LiteDatabase(gate, mapper: null, disposeOnClose: true), data, log, gate);
        }
        catch
        {
            log?.Dispose();
            data?.Dispose();
            throw;
        }
    }

    private static EngineSettings EngineSettingsFor(Stream data, Stream log) => new() { DataStream = data, LogStream = log };

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

    private sealed class WriteBatch(LiteDbContext context, int thread) : IDisposable
    {
        private bool _failed;
        private bool _ended;

        public T Run<T>(Func<LiteDatabase, T> work)
        {
            if (Environment.CurrentManagedThreadId != thread)
            {
                throw new InvalidOperationException("A write batch continued on another thread; LiteDB transactions are per thread.");
            }

            if (_failed)
            {
                throw new InvalidOperationException("The write batch failed and was rolled back.");
            }

            try
            {
                return work(context.Database);
            }
            catch
            {
                _failed = true;
                context.RolledBack();
                throw;
            }
        }

        public void Dispose()
        {
            if (_ended)
            {
                return;
            }

            _ended = true;
            context._batch.Value = null;
            try
            {
                if (!_failed)
                {
                    Commit();
                }
            }
            finally
            {
                context._writeLock.Release();
            }

            context.Search.FlushIfDue();
        }

        private void Commit()
        {
            try
            {
                context.View.Flush(context.Database);
                context.Database.Commit();
            }
            catch
            {
                _failed = true;
                context.RolledBack();
                throw;
            }

            context.MakeDurable();
            context.View.Trim();
        }
    }
}
