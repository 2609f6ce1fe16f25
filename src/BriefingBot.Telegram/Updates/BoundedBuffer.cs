namespace BriefingBot.Telegram.Updates;

/// <summary>A write-only memory stream that refuses to grow past a limit, so a download stops at the size limit.</summary>
internal sealed class BoundedBuffer(int limit) : Stream
{
    private readonly MemoryStream _buffer = new();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _buffer.Length;

    public override long Position
    {
        get => _buffer.Position;
        set => throw new NotSupportedException();
    }

    public byte[] ToArray() => _buffer.ToArray();

    public override void Write(byte[] buffer, int offset, int count)
    {
        if (_buffer.Length + count > limit)
        {
            throw new FileTooLargeException(limit);
        }

        _buffer.Write(buffer, offset, count);
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _buffer.Dispose();
        }

        base.Dispose(disposing);
    }
}
