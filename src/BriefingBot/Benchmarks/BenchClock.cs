namespace BriefingBot.Benchmarks;

/// <summary>
/// The benchmark's clock: it advances as articles arrive (a few thousand a day), so ingestion times, relative
/// dates and digest windows look like weeks of a busy newsroom rather than a few minutes of loading.
/// </summary>
internal sealed class BenchClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public DateTimeOffset Start { get; } = start;

    public void Set(DateTimeOffset now) => _now = now;

    public override DateTimeOffset GetUtcNow() => _now;
}
