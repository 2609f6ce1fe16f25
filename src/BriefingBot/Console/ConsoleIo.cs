namespace BriefingBot.Console;

/// <summary>The console chat's input and output; tests replace them with in-memory ones.</summary>
public sealed class ConsoleIo(TextReader input, TextWriter output)
{
    private readonly Lock _writeLock = new();

    public TextReader Input { get; } = input;

    public TextWriter Output { get; } = output;

    /// <summary>Writes a whole block at once, so a digest never interleaves with a reply.</summary>
    public void WriteBlock(string text)
    {
        lock (_writeLock)
        {
            Output.WriteLine(text);
            Output.Flush();
        }
    }
}
