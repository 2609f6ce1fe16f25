namespace BriefingBot.Storage;

/// <summary>
/// LiteDB's log (write-ahead) file, flushed to disk once per commit instead of once per page.
/// LiteDB 5's log writer flushes a <see cref="FileStream"/> to disk every time its queue runs dry, and during a
/// commit that happens after every page: a batch of 3,000 pages cost 3,000 fsyncs, most of the time of storing an
/// article. Handed this wrapper instead, LiteDB's flush only hands the pages to the operating system (so a killed
/// process loses nothing that was committed), and <see cref="LiteDbContext"/> makes each commit durable with one
/// fsync before anyone is told it is saved.
/// LiteDB's commit only queues the pages for its writer thread and returns: <see cref="FlushToDisk(long, TimeSpan)"/>
/// first waits for the log to reach the length the commit gave it, so the fsync covers the whole transaction.
/// LiteDB reaches the stream through a wrapper that locks on it; so do the members here that it does not call.
/// </summary>
internal sealed class LogFileStream(FileStream file) : Stream
{
    // How far the file has been written: every byte before it is in the file (LiteDB writes the log in order).
    private long _written = file.Length;

    public override bool CanRead => file.CanRead;

    public override bool CanSeek => file.CanSeek;

    public override bool CanWrite => file.CanWrite;

    public override long Length => file.Length;

    public override long Position
    {
        get => file.Position;
        set => file.Position = value;
    }

    /// <summary>The file's path (LiteDB's own name for it: the data file's name with "-log").</summary>
    public string Path => file.Name;

    public static string PathFor(string dataFile) =>
        System.IO.Path.Combine(
            System.IO.Path.GetDirectoryName(dataFile) ?? "",
            System.IO.Path.GetFileNameWithoutExtension(dataFile) + "-log" + System.IO.Path.GetExtension(dataFile));

    /// <summary>Hands written pages to the operating system; durable only after <see cref="FlushToDisk(long, TimeSpan)"/>.</summary>
    public override void Flush() => file.Flush(flushToDisk: false);

    /// <summary>
    /// Waits until the log holds <paramref name="length"/> bytes (what a commit queued), then makes everything written
    /// so far durable (one fsync).
    /// Throws <see cref="IOException"/> if LiteDB's writer has not got there within <paramref name="timeout"/>.
    /// </summary>
    public void FlushToDisk(long length, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        lock (this)
        {
            while (_written < length)
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !Monitor.Wait(this, left))
                {
                    throw new IOException($"The database log was not written within {timeout.TotalSeconds:0} s ({_written:N0} of {length:N0} bytes).");
                }
            }

            file.Flush(flushToDisk: true);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => file.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => file.Seek(offset, origin);

    public override void SetLength(long value)
    {
        lock (this)
        {
            file.SetLength(value);
            _written = Math.Min(_written, value);
        }
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        lock (this)
        {
            file.Write(buffer, offset, count);
            _written = Math.Max(_written, file.Position);
            Monitor.PulseAll(this);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            file.Dispose();
        }

        base.Dispose(disposing);
    }
}
