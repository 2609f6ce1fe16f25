namespace BriefingBot.Core.Chat;

/// <summary>Who sent a command.</summary>
public sealed record ChatUser(string Id, string DisplayName);
