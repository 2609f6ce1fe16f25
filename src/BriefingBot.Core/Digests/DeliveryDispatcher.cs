using BriefingBot.Core.Chat;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Digests;

/// <summary>
/// Sends due outbox rows through the chat's platform and records what happened: delivered, try again later
/// (with backoff, honouring the platform's retry-after), chat unavailable (pause it, keep the digest unsent),
/// or moved (move the chat's data, send to the new id).
/// </summary>
public sealed partial class DeliveryDispatcher(
    IDeliveryOutbox outbox,
    IEnumerable<IChatOutbound> outbounds,
    IChatStore chats,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DeliveryDispatcher> logger)
{
    private readonly Dictionary<string, IChatOutbound> _outbounds =
        outbounds.GroupBy(o => o.Platform, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Sends everything due now; returns how many were delivered.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        var settings = options.Value;
        while (await outbox.ClaimNextAsync(time.GetUtcNow(), settings.SendLease, cancellationToken).ConfigureAwait(false) is { } delivery)
        {
            if (await SendAsync(delivery, settings, cancellationToken).ConfigureAwait(false))
            {
                delivered++;
            }
        }

        return delivered;
    }

    private async Task<bool> SendAsync(Delivery delivery, DigestOptions settings, CancellationToken cancellationToken)
    {
        var chat = ChatAddress.Parse(delivery.ChatKey);
        DeliveryOutcome outcome;
        if (!_outbounds.TryGetValue(chat.Platform, out var outbound))
        {
            outcome = DeliveryOutcome.RetryLater($"no {chat.Platform} adapter is running");
        }
        else
        {
            try
            {
                outcome = await outbound.SendAsync(chat, delivery.Reply, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogSendFailed(ex, delivery.Id, chat.Key);
                outcome = DeliveryOutcome.RetryLater(ex.Message);
            }
        }

        var now = time.GetUtcNow();
        switch (outcome.Status)
        {
            case DeliveryStatus.Delivered:
                await outbox.MarkSentAsync(delivery.Id, now, cancellationToken).ConfigureAwait(false);
                LogDelivered(delivery.Id, chat.Key, delivery.Attempts);
                return true;

            case DeliveryStatus.ChatUnavailable:
                var reason = outcome.Reason ?? "the chat cannot be reached";
                await chats.MarkUnavailableAsync(chat, reason, cancellationToken).ConfigureAwait(false);
                await outbox.HoldAsync(delivery.Id, reason, cancellationToken).ConfigureAwait(false);
                LogUnavailable(delivery.Id, chat.Key, reason);
                return false;

            case DeliveryStatus.Moved when outcome.MovedTo is { } to && delivery.Attempts < settings.MaxAttempts:
                // Moving carries this row with the chat; it is then due at once, to the new id.
                await chats.MoveAsync(chat, to, cancellationToken).ConfigureAwait(false);
                await outbox.RetryLaterAsync(delivery.Id, now, $"chat moved to {to.Key}", cancellationToken).ConfigureAwait(false);
                LogMoved(chat.Key, to.Key);
                return false;

            default:
                var error = outcome.Reason ?? outcome.Status.ToString();
                if (delivery.Attempts >= settings.MaxAttempts)
                {
                    await outbox.HoldAsync(delivery.Id, $"gave up after {delivery.Attempts} attempts: {error}", cancellationToken).ConfigureAwait(false);
                    LogGaveUp(delivery.Id, delivery.Attempts, error);
                    return false;
                }

                var delay = Backoff(delivery.Attempts, settings);
                if (outcome.RetryAfter is { } after && after > delay)
                {
                    delay = after;
                }

                await outbox.RetryLaterAsync(delivery.Id, now + delay, error, cancellationToken).ConfigureAwait(false);
                LogRetry(delivery.Id, error, delay);
                return false;
        }
    }

    /// <summary>Doubling from <see cref="DigestOptions.RetryDelay"/>, capped at <see cref="DigestOptions.MaxRetryDelay"/>.</summary>
    public static TimeSpan Backoff(int attempts, DigestOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(settings.RetryDelay.Ticks * factor, settings.MaxRetryDelay.Ticks));
        return delay;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest {DeliveryId} delivered to {Chat} (attempt {Attempt})")]
    private partial void LogDelivered(string deliveryId, string chat, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest {DeliveryId} failed to send to {Chat}")]
    private partial void LogSendFailed(Exception exception, string deliveryId, string chat);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest {DeliveryId} not delivered ({Error}); retrying in {Delay}")]
    private partial void LogRetry(string deliveryId, string error, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest {DeliveryId} held: chat {Chat} unavailable ({Reason}); its subscriptions are paused")]
    private partial void LogUnavailable(string deliveryId, string chat, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {From} moved to {To}; resending")]
    private partial void LogMoved(string from, string to);

    [LoggerMessage(Level = LogLevel.Error, Message = "Digest {DeliveryId} held after {Attempts} failed attempts: {Error}")]
    private partial void LogGaveUp(string deliveryId, int attempts, string error);
}
