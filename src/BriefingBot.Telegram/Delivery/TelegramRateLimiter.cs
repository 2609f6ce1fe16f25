using Microsoft.Extensions.Options;

namespace BriefingBot.Telegram.Delivery;

/// <summary>
/// Keeps sends under Telegram's limits: about one message a second in a chat, 20 a minute in a group, 30 a second
/// in all. A 429 for a chat holds that chat back for the time Telegram asked. Callers wait; nothing is dropped.
/// </summary>
internal sealed class TelegramRateLimiter(IOptions<TelegramOptions> options, TimeProvider time)
{
    private static readonly TimeSpan s_second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_minute = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly Dictionary<long, DateTimeOffset> _nextInChat = [];
    private readonly Dictionary<long, Queue<DateTimeOffset>> _recentInGroup = [];
    private readonly TelegramOptions _options = options.Value;

    /// <summary>Waits until a message to <paramref name="chatId"/> may go, and counts it as sent.</summary>
    public async Task WaitAsync(long chatId, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetUtcNow();
                wait = WaitFor(chatId, now);
                if (wait <= TimeSpan.Zero)
                {
                    Record(chatId, now);
                    return;
                }
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Telegram said "retry after": nothing more goes to this chat until then.</summary>
    public void Hold(long chatId, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (!_nextInChat.TryGetValue(chatId, out var next) || next < until)
            {
                _nextInChat[chatId] = until;
            }
        }
    }

    private TimeSpan WaitFor(long chatId, DateTimeOffset now)
    {
        var wait = TimeSpan.Zero;
        Trim(_recent, now - s_second);
        if (_recent.Count >= _options.MessagesPerSecond)
        {
            wait = Max(wait, _recent.Peek() + s_second - now);
        }

        if (_nextInChat.TryGetValue(chatId, out var next))
        {
            wait = Max(wait, next - now);
        }

        // Group and supergroup ids are negative; private chats have only the per-chat limit.
        if (chatId < 0 && _recentInGroup.TryGetValue(chatId, out var group))
        {
            Trim(group, now - s_minute);
            if (group.Count >= _options.GroupMessagesPerMinute)
            {
                wait = Max(wait, group.Peek() + s_minute - now);
            }
        }

        return wait;
    }

    private void Record(long chatId, DateTimeOffset now)
    {
        _recent.Enqueue(now);
        _nextInChat[chatId] = now + _options.PerChatInterval;
        if (chatId < 0)
        {
            if (!_recentInGroup.TryGetValue(chatId, out var group))
            {
                group = new Queue<DateTimeOffset>();
                _recentInGroup[chatId] = group;
            }

            group.Enqueue(now);
        }

        Forget(now);
    }

    // Chats quiet for a minute need no memory; this keeps the maps from growing with every chat ever seen.
    private void Forget(DateTimeOffset now)
    {
        if (_nextInChat.Count < 1024)
        {
            return;
        }

        foreach (var (id, next) in _nextInChat.ToList())
        {
            if (next < now - s_minute)
            {
                _nextInChat.Remove(id);
                _recentInGroup.Remove(id);
            }
        }
    }

    private static void Trim(Queue<DateTimeOffset> queue, DateTimeOffset before)
    {
        while (queue.Count > 0 && queue.Peek() <= before)
        {
            queue.Dequeue();
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
