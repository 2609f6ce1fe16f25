namespace BriefingBot.Storage;

/// <summary>
/// LiteDB's log (write-ahead) file, flushed to disk once per commit instead of once per page.
/// LiteDB 5's log writer flushes a <see cref="FileStream"/> to disk every time its queue runs dry, and during a
/// commit that happens after every page: a batch of 3,000 pages cost 3,000 fsyncs, most of the time of storing an
/// article. Handed this wrapper instead, LiteDB's flush only hands the pages to the operating system (so a killed
/// process loses nothing that was committed), and <see cref="LiteDbContext"/> makes each commit durable with one
/// <see cref="FlushToDisk"/> before anyone is told it is saved.
/// </summary>
internal sealed class LogFileStream(FileStream file) : Stream
{
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

    /// <summary>Hands written pages to the operating system; durable only after <see cref="FlushToDisk"/>.</summary>
    public override void Flush() => file.Flush(flushToDisk: false);

    /// <summary>Makes everything written so far durable (one fsync).</summary>
    public void FlushToDisk() => file.Flush(flushToDisk: true);

    public override int Read(byte[] buffer, int offset, int count) => file.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => file.Seek(offset, origin);

    public override void SetLength(long value) => file.SetLength(value);

    public override void Write(byte[] buffer, int offset, int count) => file.Write(buffer, offset, count);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            file.Dispose();
        }

        base.Dispose(disposing);
    }
}
