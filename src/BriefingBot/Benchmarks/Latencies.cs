namespace BriefingBot.Benchmarks;

/// <summary>Percentiles of a set of timings, in milliseconds.</summary>
internal static class Latencies
{
    public static double Percentile(IReadOnlyList<double> milliseconds, double percentile)
    {
        if (milliseconds.Count == 0)
        {
            return 0;
        }

        var sorted = milliseconds.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
