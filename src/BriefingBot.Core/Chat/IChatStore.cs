namespace BriefingBot.Core.Chat;

/// <summary>Per-chat state. Marking a chat unavailable pauses its subscriptions; moving it carries everything to the new id.</summary>
public interface IChatStore
{
    Task<ChatSettings> GetAsync(ChatAddress chat, CancellationToken cancellationToken);

    Task SaveAsync(ChatSettings settings, CancellationToken cancellationToken);

    /// <summary>The bot can no longer post there (blocked, kicked, chat deleted): pause its subscriptions, keep the reason.</summary>
    Task MarkUnavailableAsync(ChatAddress chat, string reason, CancellationToken cancellationToken);

    /// <summary>A chat changed id (a Telegram group upgraded to a supergroup): move its settings, subscriptions and pending deliveries.</summary>
    Task MoveAsync(ChatAddress from, ChatAddress to, CancellationToken cancellationToken);
}
