using LiteDB;

namespace BriefingBot.Storage;

/// <summary>
/// What an in-memory index of sketches shares (<see cref="ActorIndex"/>, <see cref="MeetingIndex"/>): it is loaded from
/// the file the first time it is needed, under its lock, and forgotten when the view it mirrors is.
/// </summary>
/// <remarks>
/// Loading reads the file, so it takes the data file's gate before the index's lock: the writer holds the gate and
/// then takes this lock (filing what it writes), and a load waiting for the file inside the lock would wait for a
/// writer waiting for the lock. Once loaded, lookups take only the lock.
/// </remarks>
internal abstract class SketchIndex(Func<IDisposable> reading)
{
    private volatile bool _built;
    private volatile bool _closed;
    private int _building;

    /// <summary>
    /// Whether the index is built. Readers outside the writer may use the file instead until it is (the first use
    /// builds it, a second or two on a large store; the bot builds it in the background at start).
    /// </summary>
    public bool IsBuilt => _built;

    protected Lock Sync { get; } = new();

    /// <summary>Builds the index now, if it is not built.</summary>
    public void Warm(LiteDatabase db) => Built(db, static () => { });

    /// <summary>
    /// Starts building the index on a pool thread unless it is built or being built; readers use the file meanwhile.
    /// A build that fails leaves the index unbuilt, and a later call tries again.
    /// </summary>
    public void BuildInBackground(LiteDatabase db)
    {
        if (IsBuilt || Interlocked.CompareExchange(ref _building, 1, 0) != 0)
        {
            return;
        }

        _ = Task.Run(() =>
        {
            try
            {
                Warm(db);
            }
            catch (Exception)
            {
                // Only a cache: its readers go on with the file (an I/O fault there will surface to them).
            }
            finally
            {
                Volatile.Write(ref _building, 0);
            }
        });
    }

    /// <summary>The file is being closed: a load under way stops at its next document.</summary>
    public void Close() => _closed = true;

    /// <summary>Forgets everything; the next use reads the collection again.</summary>
    public void Discard()
    {
        lock (Sync)
        {
            Forget();
            _built = false;
        }
    }

    /// <summary>Runs <paramref name="body"/> under the lock, the index loaded.</summary>
    protected T Built<T>(LiteDatabase db, Func<T> body)
    {
        lock (Sync)
        {
            if (_built)
            {
                return body();
            }
        }

        using (reading())
        {
            lock (Sync)
            {
                if (!_built)
                {
                    try
                    {
                        Load(db);
                    }
                    catch
                    {
                        // Half loaded is not loaded: the next use starts again.
                        Forget();
                        throw;
                    }

                    _built = true;
                }

                return body();
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="body"/> under the lock if the index is built, and returns whether it ran; otherwise starts
    /// building it in the background (see <see cref="BuildInBackground"/>).
    /// </summary>
    protected bool IfBuilt(LiteDatabase db, Action body)
    {
        lock (Sync)
        {
            if (_built)
            {
                body();
                return true;
            }
        }

        BuildInBackground(db);
        return false;
    }

    /// <summary>Runs <paramref name="body"/> under the lock, the index loaded.</summary>
    protected void Built(LiteDatabase db, Action body) => Built(db, () =>
    {
        body();
        return true;
    });

    /// <summary>Reads the collection and files every sketch (under the lock; call <see cref="StopIfClosed"/> per document).</summary>
    protected abstract void Load(LiteDatabase db);

    /// <summary>Empties the index (under the lock).</summary>
    protected abstract void Forget();

    /// <summary>A load still reading when the file is closed stops, instead of keeping the close waiting for it.</summary>
    protected void StopIfClosed() => ObjectDisposedException.ThrowIf(_closed, this);
}
