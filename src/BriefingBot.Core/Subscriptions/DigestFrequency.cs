namespace BriefingBot.Core.Subscriptions;

/// <summary>How often a subscription's digest comes.</summary>
public enum DigestFrequency
{
    Daily,
    Weekly,
}
