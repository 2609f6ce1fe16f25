namespace BriefingBot.Core.Chat;

/// <summary>Splits "/who@ThisBot Lavrov" into name and arguments.</summary>
public static class ChatCommandParser
{
    /// <summary>
    /// Reads a command from message text. Returns false for text that is not a command,
    /// or a command addressed to another bot (<c>/who@OtherBot</c>).
    /// </summary>
    /// <param name="botUsername">This bot's user name, without @; null where commands carry none (console).</param>
    public static bool TryParse(string? text, string? botUsername, out string name, out string arguments)
    {
        name = "";
        arguments = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.TrimStart();
        if (trimmed.Length < 2 || trimmed[0] != '/' || !char.IsLetter(trimmed[1]))
        {
            return false;
        }

        var end = 1;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
        {
            end++;
        }

        var head = trimmed[1..end];
        var at = head.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            var addressee = head[(at + 1)..];
            if (botUsername is null || !addressee.Equals(botUsername, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            head = head[..at];
        }

        name = head.ToLowerInvariant();
        arguments = trimmed[end..].Trim();
        return name.Length > 0;
    }
}
