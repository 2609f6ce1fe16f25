namespace BriefingBot.Core.Chat;

/// <summary>A command typed in any chat, as the adapter understood it; platform types stop at the adapter.</summary>
/// <param name="Name">The command without slash or bot name, lower case: <c>who</c>.</param>
/// <param name="Arguments">Everything after the name, trimmed; may span lines (<c>/add</c> text).</param>
/// <param name="IsModerator">Whether the sender moderates in this chat (decided by the adapter from the platform's permissions and configuration).</param>
public sealed record ChatCommand(
    ChatAddress Chat,
    ChatKind ChatKind,
    ChatUser Sender,
    bool IsModerator,
    string Name,
    string Arguments)
{
    /// <summary>A file sent with the command (a Telegram document, a Discord attachment).</summary>
    public ChatAttachment? Attachment { get; init; }

    /// <summary>The message the command replies to, if any.</summary>
    public QuotedMessage? Quoted { get; init; }
}
