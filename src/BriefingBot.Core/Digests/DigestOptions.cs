using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Core.Digests;

/// <summary>The <c>Digests</c> configuration section.</summary>
public sealed class DigestOptions
{
    public const string Section = "Digests";

    /// <summary>How often the dispatcher looks for due deliveries when nobody signals it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a claimed delivery is reserved for its sender; after a crash it is claimable again then.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan SendLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>First retry delay after a failure; doubles each attempt up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After this many failed attempts a delivery is held, not retried.</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 48;

    /// <summary>
    /// After a subscription's trigger fires, how long to wait for other triggers of the same moment, so that
    /// subscriptions due together are composed and recorded as one batch.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan TriggerGather { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>/digest without an earlier digest, and a new subscription's first digest, cover at least this much.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan FirstWindow { get; set; } = TimeSpan.FromHours(24);
}
