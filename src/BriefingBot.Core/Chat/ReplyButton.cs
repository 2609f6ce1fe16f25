namespace BriefingBot.Core.Chat;

/// <summary>A choice offered under a reply; pressing it runs <see cref="Command"/> (e.g. "/who Sergei Shoigu").</summary>
public sealed record ReplyButton(string Label, string Command);
