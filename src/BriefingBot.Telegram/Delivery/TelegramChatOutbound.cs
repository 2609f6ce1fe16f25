using BriefingBot.Core.Chat;
using BriefingBot.Telegram.Rendering;

namespace BriefingBot.Telegram.Delivery;

/// <summary>Posts messages nobody asked for (digests) to a Telegram chat and says how it went.</summary>
internal sealed class TelegramChatOutbound(TelegramReplyFormatter formatter, TelegramSender sender) : IChatOutbound
{
    public string Platform => TelegramChats.Platform;

    public async Task<DeliveryOutcome> SendAsync(ChatAddress chat, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        if (!TelegramChats.TryParse(chat, out var chatId))
        {
            return DeliveryOutcome.ChatUnavailable($"{chat.Key} is not a Telegram chat id");
        }

        var messages = await formatter.FormatAsync(reply, cancellationToken).ConfigureAwait(false);
        var result = await sender.SendAsync(chatId, messages, followMigration: false, cancellationToken).ConfigureAwait(false);
        return result.Outcome;
    }
}
