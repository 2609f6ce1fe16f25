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
    }

    public LiteDatabase Database { get; }

    /// <summary>Runs <paramref name="work"/> in one transaction; on any exception nothing of it is kept.</summary>
    public async Task<T> Write<T>(Func<LiteDatabase, T> work, CancellationToken cancellationToken)
    {
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

    public void Dispose()
    {
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
}
