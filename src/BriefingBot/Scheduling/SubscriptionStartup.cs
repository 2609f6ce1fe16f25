using BriefingBot.Core.Digests;
using BriefingBot.Core.Subscriptions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Scheduling;

/// <summary>
/// At start-up: gives the scheduler a trigger for every stored subscription, then sends, once, any digest
/// that came due while the bot was down (one per subscription however many runs were missed).
/// </summary>
public sealed partial class SubscriptionStartup(
    ISubscriptionStore subscriptions,
    ISubscriptionScheduler scheduler,
    DigestProducer producer,
    TimeProvider time,
    ILogger<SubscriptionStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var all = await subscriptions.AllAsync(cancellationToken).ConfigureAwait(false);
        foreach (var subscription in all)
        {
            if (!TimeZones.TryFind(subscription.TimeZone, out _))
            {
                LogUnknownZone(subscription.Id, subscription.TimeZone);
                continue;
            }

            await scheduler.ScheduleAsync(subscription, cancellationToken).ConfigureAwait(false);
        }

        // One batch: the windows of the downtime are read once and every catch-up digest is recorded in one transaction.
        var now = time.GetUtcNow();
        var caughtUp = await producer.RunDueAsync(all.Select(s => new DigestRequest(s.Id, now)).ToList(), cancellationToken).ConfigureAwait(false);
        LogStarted(all.Count, caughtUp.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled {Count} digest subscriptions; {CaughtUp} missed digests queued")]
    private partial void LogStarted(int count, int caughtUp);

    [LoggerMessage(Level = LogLevel.Error, Message = "Subscription {SubscriptionId} has a time zone this machine does not know ({Zone}); not scheduled")]
    private partial void LogUnknownZone(int subscriptionId, string zone);
}
