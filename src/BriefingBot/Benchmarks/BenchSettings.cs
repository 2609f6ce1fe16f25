namespace BriefingBot.Benchmarks;

/// <summary>
/// What one benchmark run does: corpus size and seed, the data file, and how many queries and subscriptions.
/// <paramref name="ExtractOnly"/> stops after the extraction phase, for quick rounds of tuning the extractor.
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
    bool ExtractOnly = false);
