namespace BriefingBot.Core.Chat;

/// <summary>Where a chat lives: the platform ("console", "telegram", "discord") and the platform's id for it.</summary>
public sealed record ChatAddress(string Platform, string ChatId)
{
    /// <summary>One string key for storage: <c>telegram:-100123</c>.</summary>
    public string Key => $"{Platform}:{ChatId}";

    public override string ToString() => Key;

    public static ChatAddress Parse(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 ? throw new FormatException($"Not a chat key: {key}") : new ChatAddress(key[..colon], key[(colon + 1)..]);
    }
}
