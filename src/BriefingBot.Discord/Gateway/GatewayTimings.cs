namespace BriefingBot.Discord.Gateway;

/// <summary>
/// The gateway's waits. The defaults are Discord's rules; tests shrink them (the heartbeat interval itself
/// always comes from HELLO).
/// </summary>
public sealed class GatewayTimings
{
    /// <summary>The least time between two IDENTIFY sends (one per five seconds per concurrency bucket).</summary>
    public TimeSpan IdentifySpacing { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>After INVALID_SESSION, wait a random time between this and <see cref="InvalidSessionDelayMax"/>.</summary>
    public TimeSpan InvalidSessionDelayMin { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>See <see cref="InvalidSessionDelayMin"/>.</summary>
    public TimeSpan InvalidSessionDelayMax { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The first wait after a failed connection; it doubles up to <see cref="ReconnectBackoffMax"/>.</summary>
    public TimeSpan ReconnectBackoffBase { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between reconnect attempts.</summary>
    public TimeSpan ReconnectBackoffMax { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Events (other than heartbeats) we may send per <see cref="SendWindow"/>; Discord allows 120 with heartbeats included.</summary>
    public int SendLimit { get; init; } = 110;

    /// <summary>See <see cref="SendLimit"/>.</summary>
    public TimeSpan SendWindow { get; init; } = TimeSpan.FromSeconds(60);
}
