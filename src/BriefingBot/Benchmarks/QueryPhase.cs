using System.Diagnostics;
using BriefingBot.Console;
using BriefingBot.Core.Chat;

namespace BriefingBot.Benchmarks;

/// <summary>Latency of /who, /meetings and /search through the command router, as a chat user would see it (reply built, not sent).</summary>
internal sealed class QueryPhase(CorpusGenerator corpus, int count, TextWriter progress)
{
    public async Task RunAsync(ChatCommandRouter router, BenchReport report, CancellationToken cancellationToken)
    {
        var mix = new QueryMix(corpus);
        // A few commands first so that the figures are of a warm process; start-up is measured on its own.
        foreach (var warm in mix.Who(20).Concat(mix.Meetings(20)).Concat(mix.Search(20)))
        {
            await AskAsync(router, warm, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (name, commands) in new[] { ("who", mix.Who(count)), ("meetings", mix.Meetings(count)), ("search", mix.Search(count)) })
        {
            var times = new List<double>(commands.Count);
            var errors = 0;
            var timed = new List<(double Ms, string Command)>(commands.Count);
            var allocated = GC.GetTotalAllocatedBytes();
            var paused = GC.GetTotalPauseDuration();
            foreach (var command in commands)
            {
                var watch = Stopwatch.StartNew();
                var reply = await AskAsync(router, command, cancellationToken).ConfigureAwait(false);
                var ms = watch.Elapsed.TotalMilliseconds;
                times.Add(ms);
                errors += reply.IsError ? 1 : 0;
                timed.Add((ms, command));
            }

            // What the commands allocate sets how often the collector pauses them, which is most of their tail.
            allocated = GC.GetTotalAllocatedBytes() - allocated;
            paused = GC.GetTotalPauseDuration() - paused;

            // The commands behind the p99: the slowest hundredth, slowest first.
            var tail = timed.OrderByDescending(t => t.Ms).Take(Math.Max(1, timed.Count / 100)).ToList();

            report.Add($"{name}_p50_ms", Latencies.Percentile(times, 50), $"/{name}: p50, ms");
            report.Add($"{name}_p99_ms", Latencies.Percentile(times, 99), $"/{name}: p99, ms");
            report.Add($"{name}_max_ms", tail.Count > 0 ? tail[0].Ms : 0, $"/{name}: max, ms");
            report.Add($"{name}_allocated_kb_per_query", allocated / 1024.0 / Math.Max(1, commands.Count), $"/{name}: managed memory allocated per command, KB");
            report.Add($"{name}_gc_pause_ms", paused.TotalMilliseconds, $"/{name}: time paused for collections during the {commands.Count} commands, ms");
            report.Add($"{name}_not_found_share", errors / (double)Math.Max(1, commands.Count), $"/{name}: share answered 'not found'");
            await progress.WriteLineAsync($"[{name}] slowest: {string.Join("; ", tail.Select(t => $"{t.Ms:0.0} ms {t.Command}"))}").ConfigureAwait(false);
        }
    }

    private static Task<Reply> AskAsync(ChatCommandRouter router, string text, CancellationToken cancellationToken)
    {
        ChatCommandParser.TryParse(text, null, out var name, out var arguments);
        return router.HandleAsync(ConsoleUser.Command(name, arguments), cancellationToken);
    }
}
