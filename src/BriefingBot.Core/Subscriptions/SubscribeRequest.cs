namespace BriefingBot.Core.Subscriptions;

/// <summary>What <c>/subscribe</c> asked for; a null zone means "the chat's zone".</summary>
public sealed record SubscribeRequest(DigestFrequency Frequency, DayOfWeek? Day, TimeOnly Time, TimeZoneInfo? Zone, string? Topic);
