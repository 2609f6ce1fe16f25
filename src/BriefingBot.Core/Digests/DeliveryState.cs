namespace BriefingBot.Core.Digests;

/// <summary>Where an outbox row stands.</summary>
public enum DeliveryState
{
    /// <summary>Waiting to be sent (first time, or again after a failure).</summary>
    Pending,

    /// <summary>Claimed by a dispatcher until its lease ends; a crash leaves it to be claimed again.</summary>
    Sending,

    /// <summary>The platform accepted it.</summary>
    Sent,

    /// <summary>Not sent and not retried: the chat cannot be reached, or every attempt failed.</summary>
    Held,
}
