using System.Globalization;
using BriefingBot.Core.Chat;

namespace BriefingBot.Telegram;

/// <summary>Telegram chat ids as the core's chat addresses.</summary>
internal static class TelegramChats
{
    public const string Platform = "telegram";

    public static ChatAddress Address(long chatId) => new(Platform, chatId.ToString(CultureInfo.InvariantCulture));

    public static bool TryParse(ChatAddress address, out long chatId)
    {
        chatId = 0;
        return address.Platform == Platform && long.TryParse(address.ChatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out chatId);
    }
}
