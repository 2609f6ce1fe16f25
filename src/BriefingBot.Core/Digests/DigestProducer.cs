using BriefingBot.Core.Chat;
using BriefingBot.Core.Subscriptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Digests;

/// <summary>
/// Composes a subscription's scheduled digest and writes it to the outbox. Whoever calls (the scheduler's
/// trigger, the start-up catch-up) it works out which runs are due from the stored last run, so runs missed
/// while the bot was down become one digest, and a run handled once is never handled again.
/// </summary>
public sealed partial class DigestProducer(
    ISubscriptionStore subscriptions,
    IChatStore chats,
    IDeliveryOutbox outbox,
    DigestComposer composer,
    DeliverySignal signal,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestProducer> logger)
{
    // One composition at a time: a trigger firing while start-up catches up must not compose the same run twice.
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>
    /// Handles the subscription's runs due by <paramref name="reference"/> (now, or the trigger's scheduled time if later).
    /// Returns the outbox row written, or null when nothing was due, nothing was new, or the chat is paused.
    /// </summary>
    public async Task<Delivery?> RunDueAsync(int subscriptionId, DateTimeOffset reference, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RunDueLockedAsync(subscriptionId, reference, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Delivery?> RunDueLockedAsync(int subscriptionId, DateTimeOffset reference, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.GetAsync(subscriptionId, cancellationToken).ConfigureAwait(false);
        if (subscription is null || !TimeZones.TryFind(subscription.TimeZone, out _))
        {
            return null;
        }

        var now = time.GetUtcNow();
        reference = reference > now ? reference : now;
        var schedule = subscription.Schedule;
        var (runs, latest) = schedule.RunsBetween(subscription.LastRunAt ?? subscription.CreatedAt, reference);
        if (latest is not { } due)
        {
            return null;
        }

        var until = now > due ? now : due;
        var chat = await chats.GetAsync(ChatAddress.Parse(subscription.ChatKey), cancellationToken).ConfigureAwait(false);
        if (subscription.PausedReason is not null || !chat.Active)
        {
            // A paused chat's runs pass; on resuming it hears about what comes next, not the whole pause.
            await outbox.RecordRunAsync(subscription.Id, due, until, null, cancellationToken).ConfigureAwait(false);
            LogPausedRun(subscription.Id, subscription.PausedReason ?? chat.InactiveReason ?? "chat inactive");
            return null;
        }

        // The first digest covers at least the day before it, and everything since the subscription was made.
        var firstStart = due - options.Value.FirstWindow;
        var since = subscription.CoveredUntil ?? (subscription.CreatedAt < firstStart ? subscription.CreatedAt : firstStart);
        var digest = await composer.ComposeAsync(since, until, subscription.Topic, cancellationToken).ConfigureAwait(false);
        digest = digest with { Runs = runs, DueAt = due };
        if (runs > 1)
        {
            LogMissed(subscription.Id, runs);
        }

        Delivery? delivery = null;
        if (!digest.IsEmpty)
        {
            delivery = new Delivery
            {
                Id = Delivery.KeyFor(subscription.Id, due),
                SubscriptionId = subscription.Id,
                ChatKey = subscription.ChatKey,
                ScheduledFor = due,
                CreatedAt = now,
                CoveredUntil = until,
                Reply = DigestRenderer.Render(digest, schedule.Zone, now),
                State = DeliveryState.Pending,
                NextAttemptAt = now,
            };
        }

        if (!await outbox.RecordRunAsync(subscription.Id, due, until, delivery, cancellationToken).ConfigureAwait(false))
        {
            LogAlreadyRecorded(subscription.Id, due);
            return null;
        }

        if (delivery is null)
        {
            LogNothingNew(subscription.Id, due);
            return null;
        }

        LogComposed(delivery.Id, digest.Stories.Count, digest.Meetings.Count);
        signal.Notify();
        return delivery;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscription {SubscriptionId} missed {Runs} scheduled digests while the bot was down; sending one")]
    private partial void LogMissed(int subscriptionId, int runs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscription {SubscriptionId} is paused ({Reason}); run skipped")]
    private partial void LogPausedRun(int subscriptionId, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Subscription {SubscriptionId} run at {Due} was already recorded")]
    private partial void LogAlreadyRecorded(int subscriptionId, DateTimeOffset due);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscription {SubscriptionId} run at {Due}: nothing new, nothing sent")]
    private partial void LogNothingNew(int subscriptionId, DateTimeOffset due);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest {DeliveryId} composed: {Stories} stories, {Meetings} meetings")]
    private partial void LogComposed(string deliveryId, int stories, int meetings);
}
