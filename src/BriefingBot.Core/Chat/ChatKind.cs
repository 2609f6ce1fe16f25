namespace BriefingBot.Core.Chat;

/// <summary>A one-to-one chat with the bot, or a group, supergroup, server channel.</summary>
public enum ChatKind
{
    Private,
    Group,
}
