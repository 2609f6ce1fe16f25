using System.Diagnostics;

namespace BriefingBot.Benchmarks;

/// <summary>This program started again as a new process, for the phases that measure a fresh process.</summary>
internal static class OwnProgram
{
    /// <summary>
    /// How to start this program with these arguments, its output and errors redirected; null where it cannot be
    /// started again (a test host, say), and the phase measures in this process instead.
    /// </summary>
    public static ProcessStartInfo? StartInfo(IEnumerable<string> arguments)
    {
        var program = typeof(OwnProgram).Assembly.Location;
        var processPath = Environment.ProcessPath;
        if (processPath is null || !File.Exists(program))
        {
            return null;
        }

        var start = new ProcessStartInfo(processPath) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(program);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
