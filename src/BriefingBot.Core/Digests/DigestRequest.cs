namespace BriefingBot.Core.Digests;

/// <summary>
/// A subscription whose digest may be due: its runs due by <paramref name="Reference"/> (or by now, if later)
/// are handled. A trigger passes its scheduled fire time, the start-up catch-up passes now.
/// </summary>
public sealed record DigestRequest(int SubscriptionId, DateTimeOffset Reference);
