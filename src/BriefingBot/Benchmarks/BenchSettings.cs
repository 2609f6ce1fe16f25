namespace BriefingBot.Benchmarks;

/// <summary>
/// What one benchmark run does: corpus size, seed and people (<see cref="CorpusGenerator.DefaultPeople"/> if null),
/// the data file, how many queries and subscriptions, and which phases (all of <see cref="AllPhases"/> unless
/// <see cref="Only"/> names some).
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
    bool Reuse = false,
    int? People = null)
{
    /// <summary>The phases in the order they run; queries, digest, startup and documents read the store ingestion fills.</summary>
    public static readonly IReadOnlyList<string> AllPhases = ["extract", "storage", "ingest", "queries", "digest", "startup", "documents"];

    /// <summary>
    /// The largest run the documents phase is part of unless asked for: it is there for the ratio to the storage limit,
    /// whose target is set at 10,000 articles.
    /// </summary>
    public const int DocumentsUpTo = 20_000;

    /// <summary>Whether the phase runs: it was asked for, or a phase asked for needs it (ingestion fills the store).</summary>
    public bool Runs(string phase) => phase == "documents"
        ? Only?.Contains(phase) ?? Articles <= DocumentsUpTo
        : Only is null || Only.Contains(phase) || (phase == "ingest" && Only.Overlaps(["queries", "digest", "startup", "documents"]));

    /// <summary>Parses <c>--only</c>'s comma-separated phase names; null when one is not a phase.</summary>
    public static IReadOnlySet<string>? ParsePhases(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var phases = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        return phases.Count > 0 && phases.All(AllPhases.Contains) ? phases : null;
    }
}
