namespace BriefingBot.Benchmarks;

/// <summary>
/// What one benchmark run does: corpus size and seed, the data file, how many queries and subscriptions, and
/// which phases (all of <see cref="AllPhases"/> unless <see cref="Only"/> names some).
/// </summary>
internal sealed record BenchSettings(
    int Articles,
    int Seed,
    string DbPath,
    int Queries = 1000,
    int Subscriptions = 1000,
    int ExtractSample = 20_000,
    int StorageSample = int.MaxValue,
    int Batch = 50,
    IReadOnlySet<string>? Only = null,
    bool Reuse = false)
{
    /// <summary>The phases in the order they run; queries, digest and startup read the store ingestion fills.</summary>
    public static readonly IReadOnlyList<string> AllPhases = ["extract", "storage", "ingest", "queries", "digest", "startup"];

    /// <summary>Whether the phase runs: it was asked for, or a phase asked for needs it (ingestion fills the store).</summary>
    public bool Runs(string phase) =>
        Only is null || Only.Contains(phase) || (phase == "ingest" && Only.Overlaps(["queries", "digest", "startup"]));

    /// <summary>Parses <c>--only</c>'s comma-separated phase names; null when one is not a phase.</summary>
    public static IReadOnlySet<string>? ParsePhases(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var phases = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        return phases.Count > 0 && phases.All(AllPhases.Contains) ? phases : null;
    }
}
