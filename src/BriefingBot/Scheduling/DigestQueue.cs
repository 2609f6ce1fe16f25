using System.Threading.Channels;
using BriefingBot.Core.Digests;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Scheduling;

/// <summary>
/// Coalesces digest triggers: many subscriptions come due in the same minute (everyone's 08:00), so a trigger
/// only hands its subscription over, and the queue, after the first arrives, gathers what else arrives for
/// <see cref="DigestOptions.TriggerGather"/> and produces it all as one batch. Nothing here needs to be durable:
/// the store says what is due, so what a stop or crash drops before its batch commits is produced by the start-up
/// catch-up (<see cref="SubscriptionStartup"/>) or by the subscription's next trigger.
/// </summary>
public sealed partial class DigestQueue(
    DigestProducer producer,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestQueue> logger) : BackgroundService
{
    private readonly Channel<DigestRequest> _requests = Channel.CreateUnbounded<DigestRequest>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues a subscription whose trigger fired; its batch runs shortly.</summary>
    public void Enqueue(DigestRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        _requests.Writer.TryWrite(request);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _requests.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                await Task.Delay(options.Value.TriggerGather, time, stoppingToken).ConfigureAwait(false);
                var batch = new List<DigestRequest>();
                while (_requests.Reader.TryRead(out var request))
                {
                    batch.Add(request);
                }

                await RunAsync(batch, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: whatever was queued is still due in the store.
        }
    }

    private async Task RunAsync(List<DigestRequest> batch, CancellationToken stoppingToken)
    {
        try
        {
            await producer.RunDueAsync(batch, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // Nothing of the batch was recorded, so every run stays due: the next trigger or the start-up catch-up makes it.
            LogBatchFailed(ex, batch.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of {Count} scheduled digests failed; they stay due until the next trigger or restart")]
    private partial void LogBatchFailed(Exception exception, int count);
}
