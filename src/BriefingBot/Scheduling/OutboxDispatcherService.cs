using BriefingBot.Core.Digests;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Scheduling;

/// <summary>Runs the delivery dispatcher: whenever a digest is written, and every poll interval for retries.</summary>
public sealed partial class OutboxDispatcherService(
    DeliveryDispatcher dispatcher,
    DeliverySignal signal,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<OutboxDispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DispatchDueAsync(stoppingToken).ConfigureAwait(false);
                await signal.WaitAsync(options.Value.PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The outbox keeps every digest; a failed pass is retried on the next one.
                LogPassFailed(ex);
                await Task.Delay(options.Value.PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivery pass failed; trying again")]
    private partial void LogPassFailed(Exception exception);
}
