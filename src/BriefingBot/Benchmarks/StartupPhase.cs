using System.Diagnostics;
using BriefingBot.Console;
using BriefingBot.Core.Chat;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Benchmarks;

/// <summary>
/// Start-up on the full store: a new process running <c>ask "/who ..."</c> on the data file, timed from launch to
/// its answer. Where the program cannot be relaunched, a second host in this process stands in.
/// </summary>
internal static class StartupPhase
{
    public static async Task<double> MeasureAsync(string dbPath, string name, TextWriter progress, CancellationToken cancellationToken)
    {
        if (OwnProgram.StartInfo(["ask", $"/who {name}", "--db", dbPath]) is { } start)
        {
            var watch = Stopwatch.StartNew();
            using var child = Process.Start(start)!;
            var output = await child.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            await child.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            var seconds = watch.Elapsed.TotalSeconds;
            await progress.WriteLineAsync($"[startup] new process answered /who {name} in {seconds:0.00} s: {output.Split('\n')[0]}").ConfigureAwait(false);
            if (child.ExitCode is 0 or 1)
            {
                return seconds;
            }
        }

        var inProcess = Stopwatch.StartNew();
        using var host = BenchHost.Open(dbPath, null);
        var router = host.Services.GetRequiredService<ChatCommandRouter>();
        await router.HandleAsync(ConsoleUser.Command("who", name), cancellationToken).ConfigureAwait(false);
        return inProcess.Elapsed.TotalSeconds;
    }
}
