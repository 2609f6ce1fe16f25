using System.Collections.Concurrent;
using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Tests.Articles;

/// <summary>The bulk pipeline's threads as the operating system schedules them.</summary>
public sealed class IngestPipelineTests
{
    [Fact]
    public async Task Extraction_threads_run_below_the_thread_that_writes()
    {
        var (extraction, writer) = await PrioritiesAsync(new BulkIngestOptions { Workers = 2 });

        if (OperatingSystem.IsLinux())
        {
            // Nice values: higher is lower priority, 19 the lowest (a test run started at 19 has no lower to go to).
            Assert.All(extraction, nice => Assert.Equal(Math.Min(19, writer + BackgroundThreads.NiceIncrement), nice));
        }
        else if (OperatingSystem.IsWindows())
        {
            Assert.All(extraction, p => Assert.Equal((int)ThreadPriority.BelowNormal, p));
            Assert.Equal((int)ThreadPriority.Normal, writer);
        }
    }

    [Fact]
    public async Task Extraction_threads_keep_the_writers_priority_when_told_to()
    {
        var (extraction, writer) = await PrioritiesAsync(new BulkIngestOptions { Workers = 2, ExtractBelowWriter = false });

        Assert.All(extraction, p => Assert.Equal(writer, p));
    }

    // The priority each input was prepared at, and the batch thread's.
    private static async Task<(IReadOnlyCollection<int> Extraction, int Writer)> PrioritiesAsync(BulkIngestOptions options)
    {
        var prepared = new ConcurrentBag<int>();
        var writer = int.MinValue;
        var requests = Enumerable.Range(0, 40).Select(_ => new IngestRequest(null, null, "none")).ToAsyncEnumerable();
        var pipeline = new IngestPipeline<int>(
            requests,
            options,
            TimeProvider.System,
            (_, _) => CurrentPriority(),
            (input, stop) =>
            {
                var results = new List<IngestResult>();
                do
                {
                    prepared.Add(input.Take(stop).Result);
                    results.Add(IngestResult.Refused("none"));
                }
                while (input.NextIsQueued);

                writer = CurrentPriority();
                return new IngestPipeline<int>.Outcome(results, null);
            },
            CancellationToken.None);
        await using (pipeline)
        {
            var taken = 0;
            await foreach (var batch in pipeline.Results.ReadAllAsync())
            {
                taken += batch.Count;
            }

            await pipeline.CompleteAsync();
            Assert.Equal(40, taken);
        }

        return (prepared, writer);
    }

    // Linux: the thread's nice value (the 19th field of its stat line, counted from after the name in brackets as the
    // 3rd). Windows: its priority. Elsewhere: 0.
    private static int CurrentPriority()
    {
        if (OperatingSystem.IsLinux())
        {
            var stat = File.ReadAllText("/proc/thread-self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[19 - 3], System.Globalization.CultureInfo.InvariantCulture);
        }

        return OperatingSystem.IsWindows() ? (int)Thread.CurrentThread.Priority : 0;
    }
}
