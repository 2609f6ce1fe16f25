namespace BriefingBot.Core.Chat;

/// <summary>Small durable values an adapter needs across restarts (Telegram's last handled update id, Discord's session).</summary>
public interface IBotStateStore
{
    Task<string?> GetAsync(string key, CancellationToken cancellationToken);

    Task SetAsync(string key, string value, CancellationToken cancellationToken);
}
