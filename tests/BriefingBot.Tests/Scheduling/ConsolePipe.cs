using System.Text;
using System.Threading.Channels;

namespace BriefingBot.Tests.Scheduling;

/// <summary>Console input a test types into line by line; reading waits for the next line, as a terminal does.</summary>
internal sealed class TypedInput : TextReader
{
    private readonly Channel<string?> _lines = Channel.CreateUnbounded<string?>();

    public void Type(string line) => _lines.Writer.TryWrite(line);

    public void End() => _lines.Writer.TryComplete();

    public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _lines.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            return null;
        }
    }

    public override Task<string?> ReadLineAsync() => ReadLineAsync(CancellationToken.None).AsTask();
}

/// <summary>Console output the test can read while the bot writes.</summary>
internal sealed class SharedOutput : TextWriter
{
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_text)
        {
            _text.Append(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_text)
        {
            _text.Append(value);
        }
    }

    public override string ToString()
    {
        lock (_text)
        {
            return _text.ToString();
        }
    }

    public async Task WaitForAsync(string text, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!ToString().Contains(text, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < until, $"\"{text}\" did not appear. Output:\n{this}");
            await Task.Delay(100);
        }
    }
}

/// <summary>Real time, shifted: runs at the wall clock's pace from a chosen start, so Quartz's waits are real but short.</summary>
internal sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan _shift = start - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
}
