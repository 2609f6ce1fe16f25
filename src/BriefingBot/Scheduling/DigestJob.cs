using BriefingBot.Core.Digests;
using Quartz;

namespace BriefingBot.Scheduling;

/// <summary>Fired by a subscription's cron trigger: composes the digest that is due into the outbox.</summary>
public sealed class DigestJob(DigestProducer producer, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("digest", "digests");

    public const string SubscriptionIdKey = "subscriptionId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var subscriptionId = context.MergedJobDataMap.GetInt(SubscriptionIdKey);
        // The producer works out what is due from the stored last run, so a late or repeated firing is harmless.
        await producer.RunDueAsync(subscriptionId, context.ScheduledFireTimeUtc ?? time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }
}
