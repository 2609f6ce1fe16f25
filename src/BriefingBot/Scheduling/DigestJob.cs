using BriefingBot.Core.Digests;
using Quartz;

namespace BriefingBot.Scheduling;

/// <summary>Fired by a subscription's cron trigger: hands the subscription to the queue that batches digests due together.</summary>
public sealed class DigestJob(DigestQueue queue, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("digest", "digests");

    public const string SubscriptionIdKey = "subscriptionId";

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var subscriptionId = context.MergedJobDataMap.GetInt(SubscriptionIdKey);
        // The producer works out what is due from the stored last run, so a late or repeated firing is harmless.
        queue.Enqueue(new DigestRequest(subscriptionId, context.ScheduledFireTimeUtc ?? time.GetUtcNow()));
        return ValueTask.CompletedTask;
    }
}
