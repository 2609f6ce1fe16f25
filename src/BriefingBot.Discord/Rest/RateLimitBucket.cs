namespace BriefingBot.Discord.Rest;

/// <summary>
/// What Discord last said about one bucket. Requests of one bucket run one at a time (the gate),
/// so "remaining" never goes stale between the check and the send.
/// </summary>
internal sealed class RateLimitBucket
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Requests left in the window; null until Discord has told us.</summary>
    public int? Remaining { get; set; }

    public DateTimeOffset ResetAt { get; set; }
}
