namespace BriefingBot.Core.Chat;

/// <summary>Who may run a command.</summary>
public enum CommandAccess
{
    /// <summary>Anyone.</summary>
    Everyone,

    /// <summary>Moderators only, in every chat (adding and removing articles).</summary>
    Moderators,

    /// <summary>Anyone in a private chat; moderators or chat administrators in groups (subscriptions, time zone).</summary>
    ChatManagers,
}
