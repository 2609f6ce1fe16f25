namespace BriefingBot.Core.Subscriptions;

/// <summary>A chat's standing order for a digest: when, in which zone, on which topic, and how far it has been served.</summary>
public sealed class Subscription
{
    public int Id { get; set; }

    /// <summary><see cref="Chat.ChatAddress.Key"/> of the chat the digest goes to.</summary>
    public string ChatKey { get; set; } = "";

    public DigestFrequency Frequency { get; set; }

    /// <summary>The day a weekly digest comes; null for daily ones.</summary>
    public DayOfWeek? Day { get; set; }

    /// <summary>Local time of day, minutes after midnight.</summary>
    public int MinuteOfDay { get; set; } = 8 * 60;

    /// <summary>IANA zone id the local time is read in.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>True when no zone was given: the subscription follows the chat's /timezone.</summary>
    public bool FollowsChatZone { get; set; } = true;

    /// <summary>Only stories, meetings and actors about this (an actor, a country, a phrase); null for everything.</summary>
    public string? Topic { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Why scheduled digests are not sent (the chat blocked the bot); null while active.</summary>
    public string? PausedReason { get; set; }

    /// <summary>The latest scheduled run that was handled (composed, or skipped because nothing was new).</summary>
    public DateTimeOffset? LastRunAt { get; set; }

    /// <summary>Where the last digest's window ended; the next one starts here. Null before the first digest.</summary>
    public DateTimeOffset? CoveredUntil { get; set; }

    /// <summary>The schedule as a value; throws if the stored zone is unknown on this machine.</summary>
    public SubscriptionSchedule Schedule =>
        new(Frequency, Day, TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(MinuteOfDay)), TimeZones.Find(TimeZone));
}
