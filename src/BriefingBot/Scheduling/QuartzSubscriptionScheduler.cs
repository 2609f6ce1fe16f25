using BriefingBot.Core.Subscriptions;
using Quartz;

namespace BriefingBot.Scheduling;

/// <summary>One Quartz cron trigger per subscription, in the subscription's time zone, replaced at once on every change.</summary>
public sealed class QuartzSubscriptionScheduler(ISchedulerFactory schedulers, TimeProvider time) : ISubscriptionScheduler
{
    public const string TriggerGroup = "subscriptions";

    public static TriggerKey TriggerKeyFor(int subscriptionId) => new($"subscription-{subscriptionId}", TriggerGroup);

    public async Task ScheduleAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var schedule = subscription.Schedule;
        var trigger = TriggerBuilder.Create(time)
            .WithIdentity(TriggerKeyFor(subscription.Id))
            .ForJob(DigestJob.Key)
            .UsingJobData(DigestJob.SubscriptionIdKey, subscription.Id)
            .WithCronSchedule(schedule.CronExpression, cron => cron
                .InTimeZone(schedule.Zone)
                // A firing missed while the process was busy or asleep fires once, late; the producer catches up.
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        await scheduler.ScheduleJob(trigger, new ScheduleJobOptions { Replace = true }, cancellationToken).ConfigureAwait(false);
    }

    public async Task UnscheduleAsync(int subscriptionId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        await scheduler.UnscheduleJob(TriggerKeyFor(subscriptionId), cancellationToken).ConfigureAwait(false);
    }
}
