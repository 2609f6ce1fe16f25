using BriefingBot.Core.Chat;

namespace BriefingBot.Console;

/// <summary>The one user of the console chat and of <c>ask</c>: a moderator in a private chat.</summary>
public static class ConsoleUser
{
    public static ChatAddress Chat { get; } = new("console", "local");

    public static ChatUser User { get; } = new("console", "console user");

    public static ChatCommand Command(string name, string arguments) =>
        new(Chat, ChatKind.Private, User, IsModerator: true, name, arguments);
}
