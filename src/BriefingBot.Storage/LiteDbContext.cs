using LiteDB;
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

    public LiteDbContext(IOptions<StorageOptions> options)
        : this(Open(options.Value.Path))
    {
    }

    /// <summary>For tests: any LiteDatabase, an in-memory one included.</summary>
    public LiteDbContext(LiteDatabase database)
    {
        Database = database;
        Mapper.RegisterMappings(database.Mapper);
        Indexes.Ensure(database);
        SchemaMigration.Run(database);
        MeetingKeys.EnsureAll(database);
        Search = new SearchIndex(database);
    }

    public LiteDatabase Database { get; }

    /// <summary>Ids for new documents, given out by the one writer (see <see cref="IdSequences"/>).</summary>
    internal IdSequences Sequences { get; } = new();

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
                Database.Commit();
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

    /// <summary>Whether this flow is inside a write batch (postings wait for its end).</summary>
    internal bool InBatch => _batch.Value is not null;

    public void Dispose()
    {
        Search.Flush();
        Database.Dispose();
        _writeLock.Dispose();
    }

    private static LiteDatabase Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        // Shared mode would reopen the file per call; Direct keeps it open: one process owns the file.
        return new LiteDatabase(new ConnectionString { Filename = full, Connection = ConnectionType.Direct });
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
                context.Database.Rollback();
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
                    context.Database.Commit();
                }
            }
            finally
            {
                context._writeLock.Release();
            }

            context.Search.FlushIfDue();
        }
    }
}
