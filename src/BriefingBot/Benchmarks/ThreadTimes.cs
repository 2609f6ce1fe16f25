using System.Diagnostics;
using System.Globalization;

namespace BriefingBot.Benchmarks;

/// <summary>
/// Processor time by the kind of thread that spent it: extraction, the writer, the collector, the tiered compiler, the
/// thread pool, the rest. Ingestion costs three to four times the storage-only insert, and which part of that is
/// extraction, the writer's own work, collections or compiling decides what to work on; until this, only a profiler
/// (perf with the runtime's symbol maps) could say. Read from /proc/self/task on Linux; elsewhere every reading is
/// empty and the bench leaves the figures out.
/// </summary>
/// <remarks>
/// The ingestion's extraction and writer threads end with the phase, and a thread's times leave /proc with it: a
/// sampling thread reads those threads (and any new one) every 50 ms and every thread every second, and the bench reads
/// every thread as each committed batch arrives (<see cref="Mark"/>); a thread that has ended counts with its times as
/// last read, at most 50 ms short. (Reading every thread ten times a second had cost 0.3% of ingestion's processor
/// time.)
/// </remarks>
internal sealed class ThreadTimes : IDisposable
{
    /// <summary>The kinds of thread, in the order they are reported.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["extraction", "writer", "collector", "compiler", "pool", "other"];

    // Every thread is read this often (new threads are found so)...
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    // ...and the pipeline's own threads, which end with the phase, this often.
    private static readonly TimeSpan EndingInterval = TimeSpan.FromMilliseconds(50);

    // The kernel counts a thread's times in clock ticks of 1/100 s (USER_HZ, the same on every Linux architecture).
    private const double TicksPerSecond = 100;

    private readonly Dictionary<int, (string Name, long Ticks)> _baseline;
    private readonly Dictionary<int, (string Name, long Ticks)> _latest = [];
    private readonly Lock _sync = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _sampler;

    private ThreadTimes()
    {
        _baseline = Read();
        _sampler = new Thread(Sample) { IsBackground = true, Name = "bench-thread-times" };
        _sampler.Start();
    }

    /// <summary>Starts sampling: <see cref="Stop"/> gives the processor time spent since, by kind.</summary>
    public static ThreadTimes Start() => new();

    /// <summary>
    /// Reads every thread's times now, besides the sampling: the bench calls it as each committed batch arrives, so the
    /// writer's last commit is read before its thread ends (the extraction threads, done before it, were read by the
    /// sampling within 50 ms of their end).
    /// </summary>
    public void Mark()
    {
        var now = Read();
        lock (_sync)
        {
            Keep(now);
        }
    }

    /// <summary>Seconds of processor time by kind since <see cref="Start"/>; empty where /proc is not there.</summary>
    public IReadOnlyDictionary<string, double> Stop()
    {
        _stop.Cancel();
        _sampler.Join();
        lock (_sync)
        {
            Keep(Read());
            return Between(_baseline, _latest);
        }
    }

    public void Dispose()
    {
        if (!_stop.IsCancellationRequested)
        {
            _stop.Cancel();
            _sampler.Join();
        }

        _stop.Dispose();
    }

    /// <summary>Adds <c>{key}_cpu_{kind}_ms_per_article</c> for every kind, when there were readings.</summary>
    public static void Report(BenchReport report, string key, string phase, IReadOnlyDictionary<string, double> seconds, int articles)
    {
        if (seconds.Count == 0)
        {
            return;
        }

        foreach (var kind in Kinds)
        {
            report.Add($"{key}_cpu_{kind}_ms_per_article", seconds.GetValueOrDefault(kind) * 1000 / Math.Max(1, articles), $"{phase}: processor time per article on {Described(kind)}, ms");
        }
    }

    private static string Described(string kind) => kind switch
    {
        "extraction" => "the extraction threads",
        "writer" => "the writer (resolution and commits)",
        "collector" => "the collector's threads",
        "compiler" => "the tiered compiler",
        "pool" => "pool threads (search terms, reading)",
        _ => "other threads",
    };

    /// <summary>Every thread of the process now: its name and its user and system time in clock ticks.</summary>
    public static Dictionary<int, (string Name, long Ticks)> Read()
    {
        var threads = new Dictionary<int, (string Name, long Ticks)>();
        foreach (var id in Ids())
        {
            if (ReadThread(id) is { } times)
            {
                threads[id] = times;
            }
        }

        return threads;
    }

    // One thread's name and times; null once it has ended.
    private static (string Name, long Ticks)? ReadThread(int id)
    {
        try
        {
            return TryParse(File.ReadAllText($"/proc/self/task/{id}/stat"), out var name, out var ticks) ? (name, ticks) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // The threads that end with a phase: the ingestion pipeline's.
    private static bool EndsWithPhase(string name) => name.StartsWith("ingest-", StringComparison.Ordinal);

    /// <summary>
    /// Seconds by kind between two readings; a thread only in the later one started between them (counted from zero).
    /// </summary>
    public static Dictionary<string, double> Between(
        IReadOnlyDictionary<int, (string Name, long Ticks)> before, IReadOnlyDictionary<int, (string Name, long Ticks)> after)
    {
        var seconds = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (id, (name, ticks)) in after)
        {
            var spent = ticks - (before.TryGetValue(id, out var earlier) ? earlier.Ticks : 0);
            var kind = KindOf(name);
            seconds[kind] = seconds.GetValueOrDefault(kind) + (spent / TicksPerSecond);
        }

        return seconds;
    }

    /// <summary>
    /// A line of /proc/[pid]/task/[tid]/stat: the name is between the first '(' and the last ')' (it may hold either,
    /// and spaces), then the state and forty-odd numbers, of which the 12th and 13th after the state are the user
    /// and system time.
    /// </summary>
    internal static bool TryParse(string stat, out string name, out long ticks)
    {
        name = "";
        ticks = 0;
        var open = stat.IndexOf('(', StringComparison.Ordinal);
        var close = stat.LastIndexOf(')');
        if (open < 0 || close < open)
        {
            return false;
        }

        name = stat[(open + 1)..close];
        var fields = stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // fields[0] is the state (stat's 3rd field); utime and stime are the 14th and 15th.
        if (fields.Length < 13
            || !long.TryParse(fields[11], NumberStyles.None, CultureInfo.InvariantCulture, out var user)
            || !long.TryParse(fields[12], NumberStyles.None, CultureInfo.InvariantCulture, out var system))
        {
            return false;
        }

        ticks = user + system;
        return true;
    }

    /// <summary>The kind of a thread by its name (the kernel keeps the first 15 characters).</summary>
    public static string KindOf(string name) => name switch
    {
        _ when name.StartsWith("ingest-extract", StringComparison.Ordinal) => "extraction",
        _ when name.StartsWith("ingest-batches", StringComparison.Ordinal) => "writer",
        _ when name.StartsWith(".NET Server GC", StringComparison.Ordinal) || name.StartsWith(".NET BGC", StringComparison.Ordinal)
            || name.StartsWith(".NET GC", StringComparison.Ordinal) => "collector",
        _ when name.StartsWith(".NET Tiered Com", StringComparison.Ordinal) => "compiler",
        _ when name.StartsWith(".NET TP Worker", StringComparison.Ordinal) => "pool",
        _ => "other",
    };

    private void Sample()
    {
        var everything = Stopwatch.StartNew();
        while (!_stop.Token.WaitHandle.WaitOne(EndingInterval))
        {
            if (everything.Elapsed >= Interval)
            {
                Mark();
                everything.Restart();
                continue;
            }

            // Threads new since the last reading, and the pipeline's: the listing alone is one system call.
            var ids = Ids();
            lock (_sync)
            {
                foreach (var id in ids)
                {
                    if ((!_latest.TryGetValue(id, out var known) || EndsWithPhase(known.Name)) && ReadThread(id) is { } times)
                    {
                        _latest[id] = times;
                    }
                }
            }
        }
    }

    private static List<int> Ids()
    {
        var ids = new List<int>();
        try
        {
            foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
            {
                if (int.TryParse(Path.GetFileName(task), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    ids.Add(id);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No /proc: nothing to read.
        }

        return ids;
    }

    private void Keep(Dictionary<int, (string Name, long Ticks)> reading)
    {
        foreach (var (id, times) in reading)
        {
            _latest[id] = times;
        }
    }
}
