namespace BriefingBot.Core.Subscriptions;

/// <summary>Keeps the scheduler's triggers in step with the stored subscriptions (Quartz in the host).</summary>
public interface ISubscriptionScheduler
{
    /// <summary>Creates or replaces the subscription's trigger, at once.</summary>
    Task ScheduleAsync(Subscription subscription, CancellationToken cancellationToken);

    Task UnscheduleAsync(int subscriptionId, CancellationToken cancellationToken);
}
