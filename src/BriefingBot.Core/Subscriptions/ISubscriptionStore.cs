namespace BriefingBot.Core.Subscriptions;

/// <summary>Subscriptions, durable. Progress (last run, covered window) is written with the outbox, see <see cref="Digests.IDeliveryOutbox"/>.</summary>
public interface ISubscriptionStore
{
    /// <summary>Stores a new subscription and gives it an id.</summary>
    Task<Subscription> AddAsync(Subscription subscription, CancellationToken cancellationToken);

    Task<Subscription?> GetAsync(int id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Subscription>> ForChatAsync(string chatKey, CancellationToken cancellationToken);

    Task<IReadOnlyList<Subscription>> AllAsync(CancellationToken cancellationToken);

    /// <summary>False when there was no such subscription.</summary>
    Task<bool> RemoveAsync(int id, CancellationToken cancellationToken);

    /// <summary>Moves the chat's zone-following subscriptions to <paramref name="zoneId"/>; returns the changed ones.</summary>
    Task<IReadOnlyList<Subscription>> FollowChatZoneAsync(string chatKey, string zoneId, CancellationToken cancellationToken);

    /// <summary>Clears the pause on the chat's subscriptions (it can be reached again); returns the ones that were paused.</summary>
    Task<IReadOnlyList<Subscription>> ResumeChatAsync(string chatKey, CancellationToken cancellationToken);
}
