using System.Diagnostics;

namespace BriefingBot.Benchmarks;

/// <summary>
/// What the process has used so far: the processor time of all its threads (the store's, extraction's, the
/// collector's), what it allocated, and the bytes it read and wrote through the kernel (from /proc/self/io; zero
/// where there is none; page-cache hits count too). The difference of two readings is a phase's work: on a shared
/// machine other work stretches the wall clock, while allocation and file traffic stay the same from run to run.
/// </summary>
internal readonly record struct Work(TimeSpan Processor, long Allocated, long Read, long Written)
{
    public static Work Now()
    {
        using var process = Process.GetCurrentProcess();
        var (read, written) = KernelIo();
        return new(process.TotalProcessorTime, GC.GetTotalAllocatedBytes(), read, written);
    }

    public static Work operator -(Work a, Work b) =>
        new(a.Processor - b.Processor, a.Allocated - b.Allocated, a.Read - b.Read, a.Written - b.Written);

    public static Work operator +(Work a, Work b) =>
        new(a.Processor + b.Processor, a.Allocated + b.Allocated, a.Read + b.Read, a.Written + b.Written);

    public void Report(BenchReport report, string key, string phase, int articles)
    {
        var n = Math.Max(1, articles);
        report.Add($"{key}_cpu_ms_per_article", Processor.TotalMilliseconds / n, $"{phase}: processor time per article (all threads), ms");
        report.Add($"{key}_allocated_kb_per_article", Allocated / 1024.0 / n, $"{phase}: managed memory allocated per article, KB");
        report.Add($"{key}_read_kb_per_article", Read / 1024.0 / n, $"{phase}: bytes read per article (files, logs, page cache included), KB");
        report.Add($"{key}_written_kb_per_article", Written / 1024.0 / n, $"{phase}: bytes written per article (data file, log), KB");
    }

    private static (long Read, long Written) KernelIo()
    {
        try
        {
            long read = 0, written = 0;
            foreach (var line in File.ReadLines("/proc/self/io"))
            {
                if (line.StartsWith("rchar:", StringComparison.Ordinal))
                {
                    read = long.Parse(line.AsSpan(6), System.Globalization.CultureInfo.InvariantCulture);
                }
                else if (line.StartsWith("wchar:", StringComparison.Ordinal))
                {
                    written = long.Parse(line.AsSpan(6), System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            return (read, written);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (0, 0);
        }
    }
}
