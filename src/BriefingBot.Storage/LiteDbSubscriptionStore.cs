using BriefingBot.Core.Subscriptions;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>Subscriptions in the LiteDB file.</summary>
public sealed class LiteDbSubscriptionStore(LiteDbContext context) : ISubscriptionStore
{
    private ILiteCollection<Subscription> Subscriptions => context.Database.GetCollection<Subscription>(Indexes.Subscriptions);

    public Task<Subscription> AddAsync(Subscription subscription, CancellationToken cancellationToken) =>
        context.Write(
            db =>
            {
                db.GetCollection<Subscription>(Indexes.Subscriptions).Insert(subscription);
                return subscription;
            },
            cancellationToken);

    public Task<Subscription?> GetAsync(int id, CancellationToken cancellationToken) =>
        Task.FromResult<Subscription?>(Subscriptions.FindById(id));

    public Task<IReadOnlyList<Subscription>> ForChatAsync(string chatKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Subscription>>(Subscriptions.Find(s => s.ChatKey == chatKey).OrderBy(s => s.Id).ToList());

    public Task<IReadOnlyList<Subscription>> AllAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Subscription>>(Subscriptions.FindAll().ToList());

    public Task<bool> RemoveAsync(int id, CancellationToken cancellationToken) =>
        context.Write(db => db.GetCollection<Subscription>(Indexes.Subscriptions).Delete(id), cancellationToken);

    public Task<IReadOnlyList<Subscription>> FollowChatZoneAsync(string chatKey, string zoneId, CancellationToken cancellationToken) =>
        context.Write<IReadOnlyList<Subscription>>(
            db =>
            {
                var subscriptions = db.GetCollection<Subscription>(Indexes.Subscriptions);
                var changed = subscriptions.Find(s => s.ChatKey == chatKey).Where(s => s.FollowsChatZone && s.TimeZone != zoneId).ToList();
                foreach (var subscription in changed)
                {
                    subscription.TimeZone = zoneId;
                    subscriptions.Update(subscription);
                }

                return changed;
            },
            cancellationToken);

    public Task<IReadOnlyList<Subscription>> ResumeChatAsync(string chatKey, CancellationToken cancellationToken) =>
        context.Write<IReadOnlyList<Subscription>>(
            db =>
            {
                var subscriptions = db.GetCollection<Subscription>(Indexes.Subscriptions);
                var paused = subscriptions.Find(s => s.ChatKey == chatKey).Where(s => s.PausedReason != null).ToList();
                foreach (var subscription in paused)
                {
                    subscription.PausedReason = null;
                    subscriptions.Update(subscription);
                }

                return paused;
            },
            cancellationToken);
}
