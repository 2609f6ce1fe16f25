namespace BriefingBot.Discord.Gateway;

/// <summary>
/// Discord closes a connection that sends more than 120 events a minute; this keeps a sliding window of
/// send times and makes a sender wait for room. Heartbeats skip it, so the limit leaves room for them.
/// </summary>
internal sealed class GatewaySendLimiter(int limit, TimeSpan window, TimeProvider time)
{
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = time.GetUtcNow();
                while (_sent.Count > 0 && now - _sent.Peek() >= window)
                {
                    _sent.Dequeue();
                }

                if (_sent.Count < limit)
                {
                    _sent.Enqueue(now);
                    return;
                }

                await Task.Delay(window - (now - _sent.Peek()), time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
