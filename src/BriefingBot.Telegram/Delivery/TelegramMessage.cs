using Telegram.Bot.Types.ReplyMarkups;

namespace BriefingBot.Telegram.Delivery;

/// <summary>One message to post: HTML within Telegram's limit, with buttons under it if any, maybe answering a message.</summary>
internal sealed record TelegramMessage(string Html, InlineKeyboardMarkup? Keyboard = null, int? ReplyTo = null);
