namespace BriefingBot.Core.Chat;

/// <summary>The message a command replies to (or a forwarded one), with where and when it was first posted.</summary>
public sealed record QuotedMessage(string Text, string? Source = null, DateTimeOffset? Date = null);
