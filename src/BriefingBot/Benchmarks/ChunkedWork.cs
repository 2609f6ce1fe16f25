namespace BriefingBot.Benchmarks;

/// <summary>
/// A phase's work measured a chunk at a time, with untimed preparation between chunks (articles generated or read
/// ahead): the process's <see cref="Work"/> and the processor time by kind of thread (<see cref="ThreadTimes"/>),
/// summed over the chunks, so neither counts what was prepared.
/// </summary>
internal sealed class ChunkedWork
{
    private readonly Dictionary<string, double> _byKind = new(StringComparer.Ordinal);
    private Dictionary<int, (string Name, long Ticks)> _threads = [];
    private Work _work;

    /// <summary>After a chunk's preparation, before its first timed step.</summary>
    public void Begin()
    {
        _threads = ThreadTimes.Read();
        _work -= Work.Now();
    }

    /// <summary>After the chunk's last timed step.</summary>
    public void End()
    {
        _work += Work.Now();
        foreach (var (kind, seconds) in ThreadTimes.Between(_threads, ThreadTimes.Read()))
        {
            _byKind[kind] = _byKind.GetValueOrDefault(kind) + seconds;
        }
    }

    /// <summary>Adds <c>{key}_cpu_ms_per_article</c> and the rest of <see cref="Work.Report"/> and <see cref="ThreadTimes.Report"/>.</summary>
    public void Report(BenchReport report, string key, string phase, int articles)
    {
        _work.Report(report, key, phase, articles);
        ThreadTimes.Report(report, key, phase, _byKind, articles);
    }
}
