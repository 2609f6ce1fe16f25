using System.Globalization;
using BriefingBot.Core.Chat;

namespace BriefingBot.Core.Digests;

/// <summary>A composed digest in the outbox: written before it is sent, so it is neither lost nor sent twice.</summary>
public sealed class Delivery
{
    /// <summary>The unique key: subscription and scheduled time (<see cref="KeyFor"/>).</summary>
    public string Id { get; set; } = "";

    public int SubscriptionId { get; set; }

    /// <summary><see cref="ChatAddress.Key"/>; changes if the chat moves.</summary>
    public string ChatKey { get; set; } = "";

    /// <summary>The scheduled run this digest is for.</summary>
    public DateTimeOffset ScheduledFor { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The end of the window the digest covers.</summary>
    public DateTimeOffset CoveredUntil { get; set; }

    public Reply Reply { get; set; } = Reply.Text("");

    public DeliveryState State { get; set; }

    public int Attempts { get; set; }

    /// <summary>Not to be tried before this (backoff, a platform's retry-after).</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>While <see cref="DeliveryState.Sending"/>: the claim holds until then.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public static string KeyFor(int subscriptionId, DateTimeOffset scheduledFor) =>
        string.Create(CultureInfo.InvariantCulture, $"{subscriptionId}@{scheduledFor.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}");
}
