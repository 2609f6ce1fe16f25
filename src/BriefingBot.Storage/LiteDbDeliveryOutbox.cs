using BriefingBot.Core.Chat;
using BriefingBot.Core.Digests;
using BriefingBot.Core.Subscriptions;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>
/// The delivery outbox in the LiteDB file. The row's id is its unique key (subscription + scheduled time);
/// recording a run and claiming a row each happen in one transaction under the context's write lock, so two
/// callers racing for the same run or row cannot both win.
/// </summary>
public sealed class LiteDbDeliveryOutbox(LiteDbContext context) : IDeliveryOutbox
{
    public async Task<bool> RecordRunAsync(int subscriptionId, DateTimeOffset scheduledFor, DateTimeOffset coveredUntil, Delivery? delivery, CancellationToken cancellationToken) =>
        (await RecordRunsAsync([new DigestRun(subscriptionId, scheduledFor, coveredUntil, delivery)], cancellationToken).ConfigureAwait(false))[0];

    // One transaction, so one flush of the file however many subscriptions were due at once.
    public Task<IReadOnlyList<bool>> RecordRunsAsync(IReadOnlyList<DigestRun> runs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return context.Write<IReadOnlyList<bool>>(
            db =>
            {
                var subscriptions = db.GetCollection<Subscription>(Indexes.Subscriptions);
                var deliveries = db.GetCollection<Delivery>(Indexes.Deliveries);
                return runs.Select(run => Record(db, subscriptions, deliveries, run)).ToList();
            },
            cancellationToken);
    }

    public Task<Delivery?> ClaimNextAsync(DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        context.Write(
            db =>
            {
                var deliveries = db.GetCollection<Delivery>(Indexes.Deliveries);
                var next = deliveries.Find(DeliveryClaims.DueBy(now)).FirstOrDefault();
                if (next is null)
                {
                    return null;
                }

                next.State = DeliveryState.Sending;
                next.LeaseUntil = now + lease;
                next.Attempts++;
                deliveries.Update(next);
                return next;
            },
            cancellationToken);

    public Task MarkSentAsync(string id, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
        context.Write(
            db =>
            {
                var deliveries = db.GetCollection<Delivery>(Indexes.Deliveries);
                var delivery = deliveries.FindById(id);
                if (delivery is null)
                {
                    return false;
                }

                delivery.State = DeliveryState.Sent;
                delivery.SentAt = sentAt;
                delivery.LeaseUntil = null;
                delivery.LastError = null;
                deliveries.Update(delivery);

                return true;
            },
            cancellationToken);

    public Task RetryLaterAsync(string id, DateTimeOffset notBefore, string error, CancellationToken cancellationToken) =>
        Update(id, d =>
        {
            d.State = DeliveryState.Pending;
            d.NextAttemptAt = notBefore;
            d.LeaseUntil = null;
            d.LastError = error;
        }, cancellationToken);

    public Task HoldAsync(string id, string reason, CancellationToken cancellationToken) =>
        Update(id, d =>
        {
            d.State = DeliveryState.Held;
            d.LeaseUntil = null;
            d.LastError = reason;
        }, cancellationToken);

    public Task<Delivery?> GetAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult<Delivery?>(context.Database.GetCollection<Delivery>(Indexes.Deliveries).FindById(id));

    public Task<IReadOnlyList<Delivery>> ForChatAsync(string chatKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Delivery>>(
            context.Database.GetCollection<Delivery>(Indexes.Deliveries).Find(d => d.ChatKey == chatKey).OrderBy(d => d.CreatedAt).ToList());

    private Task<bool> Update(string id, Action<Delivery> change, CancellationToken cancellationToken) =>
        context.Write(
            db =>
            {
                var deliveries = db.GetCollection<Delivery>(Indexes.Deliveries);
                var delivery = deliveries.FindById(id);
                if (delivery is null)
                {
                    return false;
                }

                change(delivery);
                return deliveries.Update(delivery);
            },
            cancellationToken);

    private static bool Record(LiteDatabase db, ILiteCollection<Subscription> subscriptions, ILiteCollection<Delivery> deliveries, DigestRun run)
    {
        var subscription = subscriptions.FindById(run.SubscriptionId);
        if (subscription is null || subscription.LastRunAt >= run.ScheduledFor
            || (run.Delivery is not null && deliveries.FindById(run.Delivery.Id) is not null))
        {
            return false;
        }

        subscription.LastRunAt = run.ScheduledFor;
        subscription.CoveredUntil = run.CoveredUntil;
        subscriptions.Update(subscription);
        if (run.Delivery is not null)
        {
            deliveries.Insert(run.Delivery);
            AdvanceLastDigest(db, subscription, run.Delivery);
        }

        return true;
    }

    // A digest queued for a chat is its last digest from then on (it will arrive), so /digest typed right after
    // it never repeats it. A topical digest leaves the rest out, so only a full one moves the chat's "last digest".
    private static void AdvanceLastDigest(LiteDatabase db, Subscription subscription, Delivery delivery)
    {
        if (subscription.Topic is not null)
        {
            return;
        }

        var chats = db.GetCollection<ChatSettings>(Indexes.Chats);
        var settings = chats.FindById(delivery.ChatKey) ?? new ChatSettings { Id = delivery.ChatKey };
        if (settings.LastDigestAt is null || settings.LastDigestAt < delivery.CoveredUntil)
        {
            settings.LastDigestAt = delivery.CoveredUntil;
            chats.Upsert(settings);
        }
    }
}
