namespace BriefingBot.Core.Chat;

/// <summary>What happened to a message the bot tried to post.</summary>
public sealed record DeliveryOutcome(DeliveryStatus Status, string? Reason = null, TimeSpan? RetryAfter = null, ChatAddress? MovedTo = null)
{
    public static DeliveryOutcome Delivered { get; } = new(DeliveryStatus.Delivered);

    public static DeliveryOutcome RetryLater(string reason, TimeSpan? after = null) => new(DeliveryStatus.RetryLater, reason, after);

    public static DeliveryOutcome ChatUnavailable(string reason) => new(DeliveryStatus.ChatUnavailable, reason);

    public static DeliveryOutcome Moved(ChatAddress to) => new(DeliveryStatus.Moved, "chat moved", null, to);
}

/// <summary>Delivered; failed for now (outage, rate limit: try again); or the chat is gone (blocked, removed: pause it); or it moved.</summary>
public enum DeliveryStatus
{
    Delivered,
    RetryLater,
    ChatUnavailable,
    Moved,
}
