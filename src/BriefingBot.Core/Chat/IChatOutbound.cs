namespace BriefingBot.Core.Chat;

/// <summary>A platform's way to post a message the bot was not asked for (a digest). One per platform.</summary>
public interface IChatOutbound
{
    /// <summary>"console", "telegram", "discord": matches <see cref="ChatAddress.Platform"/>.</summary>
    string Platform { get; }

    /// <summary>Posts a reply to a chat, split to the platform's limits; says whether it arrived.</summary>
    Task<DeliveryOutcome> SendAsync(ChatAddress chat, Reply reply, CancellationToken cancellationToken);
}
