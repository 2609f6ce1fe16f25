namespace BriefingBot.Core.Chat;

/// <summary>What the bot keeps about a chat: its time zone, whether it can still be reached, when its last digest went out.</summary>
public sealed class ChatSettings
{
    /// <summary><see cref="ChatAddress.Key"/>.</summary>
    public string Id { get; set; } = "";

    public string TimeZone { get; set; } = "UTC";

    public bool Active { get; set; } = true;

    /// <summary>Why the chat was marked inactive (bot blocked, removed from the group), for /subscriptions and the logs.</summary>
    public string? InactiveReason { get; set; }

    /// <summary>When the window of the chat's last digest ended (scheduled or /digest); /digest starts there.</summary>
    public DateTimeOffset? LastDigestAt { get; set; }
}
