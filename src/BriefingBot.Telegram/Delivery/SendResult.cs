using BriefingBot.Core.Chat;

namespace BriefingBot.Telegram.Delivery;

/// <summary>How a send went, where the chat lives now, and the id of the last message posted.</summary>
internal sealed record SendResult(DeliveryOutcome Outcome, long ChatId, int? LastMessageId = null);
