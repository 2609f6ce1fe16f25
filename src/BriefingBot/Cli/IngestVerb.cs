using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using BriefingBot.Core.Articles;

namespace BriefingBot.Cli;

/// <summary>
/// <c>ingest &lt;file-or-folder&gt; [--batch N]</c>: indexes article files through the bulk pipeline (extraction in
/// parallel, one durable commit per N articles), with progress and a summary. Files are read as the pipeline needs
/// them. If the store fails, the run stops: the failing batch's files are listed as failed, the files after it are
/// not attempted, and running the same command again carries on (what is already indexed is skipped).
/// </summary>
public sealed class IngestVerb(ArticleIngestor ingestor, ArticleFileReader reader)
{
    public async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(progress);
        if (line.Positional.Count != 1)
        {
            await output.WriteLineAsync("ingest needs one file or folder, e.g. ingest articles/ --db data/briefingbot.db").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        if (!TryBatch(line, out var batch))
        {
            await output.WriteLineAsync("--batch takes a whole number of articles per commit, e.g. ingest articles/ --batch 250").ConfigureAwait(false);
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

        int done = 0, added = 0, duplicates = 0;
        var failures = new List<string>();
        var watch = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        string? stopped = null;
        try
        {
            // Results come in file order, one per file, so the n-th result is the n-th file's.
            await foreach (var result in ingestor.IngestManyAsync(ReadAsync(files), new BulkIngestOptions { BatchSize = batch }, cancellationToken).ConfigureAwait(false))
            {
                switch (result.Status)
                {
                    case IngestStatus.Added:
                        added++;
                        break;
                    case IngestStatus.AlreadyIndexed:
                        duplicates++;
                        break;
                    default:
                        failures.Add($"{files[done]}: {result.Error}");
                        break;
                }

                done++;
                if (files.Length > 20 && watch.Elapsed - lastReport >= TimeSpan.FromSeconds(1))
                {
                    lastReport = watch.Elapsed;
                    await progress.WriteLineAsync($"[{done}/{files.Length}] {done / Math.Max(0.001, lastReport.TotalSeconds):0} articles/s").ConfigureAwait(false);
                }
            }
        }
        catch (IngestStoppedException e)
        {
            stopped = e.InnerException?.Message ?? e.Message;
        }

        var notAttempted = files.Length - done;
        await output.WriteLineAsync($"Added {added}, already indexed {duplicates}, failed {failures.Count + notAttempted} (of {files.Length} files).").ConfigureAwait(false);
        foreach (var failure in failures)
        {
            await output.WriteLineAsync("  failed: " + failure).ConfigureAwait(false);
        }

        if (stopped is not null)
        {
            await output.WriteLineAsync($"  stopped: {stopped}; {notAttempted} files after it were not attempted. "
                + "Run the same ingest again to add them: files already indexed are skipped.").ConfigureAwait(false);
        }

        return failures.Count + notAttempted == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    // One request per file, in order, each read only when the pipeline asks for it; a file we cannot take keeps its place.
    private async IAsyncEnumerable<IngestRequest> ReadAsync(string[] files, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var file in files)
        {
            yield return await ReadAsync(file, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<IngestRequest> ReadAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            var length = new FileInfo(file).Length;
            if (length > reader.MaxBytes)
            {
                return IngestRequest.Unreadable($"the file is {length} bytes, over the {reader.MaxBytes}-byte limit (Ingestion:MaxArticleBytes)");
            }

            var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            var (draft, error) = reader.Read(bytes, Path.GetFileName(file));
            return draft is null ? IngestRequest.Unreadable(error!) : new IngestRequest(draft, "cli");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone or locked since the folder was listed: this file's failure, not the run's.
            return IngestRequest.Unreadable($"the file could not be read ({e.Message})");
        }
    }

    private static bool TryBatch(CommandLine line, out int batch)
    {
        batch = BulkIngestOptions.DefaultBatchSize;
        var text = line.Value("--batch");
        return text is null || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out batch) && batch > 0);
    }
}
