namespace BriefingBot.Core.Digests;

/// <summary>
/// A scheduled run as the outbox records it: the subscription's progress (its last run and the end of the window
/// it was served) and the digest to send, or none when nothing was new or the chat is paused.
/// </summary>
public sealed record DigestRun(int SubscriptionId, DateTimeOffset ScheduledFor, DateTimeOffset CoveredUntil, Delivery? Delivery);
