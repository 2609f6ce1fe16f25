using BriefingBot.Storage;

namespace BriefingBot.Storage.Tests;

/// <summary>A data file's path in the temp folder; the file and its log are deleted when this is disposed.</summary>
internal sealed class TempDataFile(string name) : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"briefingbot-{name}-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        foreach (var file in new[] { Path, LiteDbContext.LogPathFor(Path) }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }
}
