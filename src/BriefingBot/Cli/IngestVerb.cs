using BriefingBot.Core.Articles;

namespace BriefingBot.Cli;

/// <summary><c>ingest &lt;file-or-folder&gt;</c>: indexes article files, with progress and a summary.</summary>
public sealed class IngestVerb(ArticleIngestor ingestor, ArticleFileReader reader)
{
    public async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Positional.Count != 1)
        {
            await output.WriteLineAsync("ingest needs one file or folder, e.g. ingest articles/ --db data/briefingbot.db").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var target = line.Positional[0];
        string[] files;
        if (Directory.Exists(target))
        {
            files = [.. Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)];
        }
        else if (File.Exists(target))
        {
            files = [target];
        }
        else
        {
            await output.WriteLineAsync($"There is no file or folder \"{target}\".").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        int added = 0, duplicates = 0;
        var failures = new List<string>();
        var started = DateTime.UtcNow;
        var lastReport = started;
        for (var i = 0; i < files.Length; i++)
        {
            var file = files[i];
            var (status, detail) = await IngestFileAsync(file, cancellationToken).ConfigureAwait(false);
            switch (status)
            {
                case IngestStatus.Added:
                    added++;
                    break;
                case IngestStatus.AlreadyIndexed:
                    duplicates++;
                    break;
                default:
                    failures.Add($"{file}: {detail}");
                    break;
            }

            if (files.Length > 20 && (DateTime.UtcNow - lastReport).TotalSeconds >= 1)
            {
                lastReport = DateTime.UtcNow;
                await progress.WriteLineAsync($"[{i + 1}/{files.Length}] {(i + 1) / Math.Max(0.001, (lastReport - started).TotalSeconds):0} articles/s").ConfigureAwait(false);
            }
        }

        await output.WriteLineAsync($"Added {added}, already indexed {duplicates}, failed {failures.Count} (of {files.Length} files).").ConfigureAwait(false);
        foreach (var failure in failures)
        {
            await output.WriteLineAsync("  failed: " + failure).ConfigureAwait(false);
        }

        return failures.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private async Task<(IngestStatus, string?)> IngestFileAsync(string file, CancellationToken cancellationToken)
    {
        var length = new FileInfo(file).Length;
        if (length > reader.MaxBytes)
        {
            return (IngestStatus.Refused, $"the file is {length} bytes, over the {reader.MaxBytes}-byte limit (Ingestion:MaxArticleBytes)");
        }

        var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
        var (draft, error) = reader.Read(bytes, Path.GetFileName(file));
        if (draft is null)
        {
            return (IngestStatus.Refused, error);
        }

        var result = await ingestor.IngestAsync(draft, "cli", cancellationToken).ConfigureAwait(false);
        return result.Status == IngestStatus.AlreadyIndexed
            ? (result.Status, $"already indexed as #{result.Article!.Id}")
            : (result.Status, result.Error);
    }
}
