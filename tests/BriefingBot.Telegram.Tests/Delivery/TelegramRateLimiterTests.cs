using BriefingBot.Telegram.Delivery;
using Microsoft.Extensions.Options;

namespace BriefingBot.Telegram.Tests.Delivery;

public sealed class TelegramRateLimiterTests
{
    private readonly ManualTime _time = new();
    private readonly TelegramRateLimiter _limiter;

    public TelegramRateLimiterTests() => _limiter = new TelegramRateLimiter(Options.Create(new TelegramOptions()), _time);

    [Fact]
    public async Task A_chat_gets_about_one_message_a_second()
    {
        await _limiter.WaitAsync(42, default);
        var second = _limiter.WaitAsync(42, default);
        var otherChat = _limiter.WaitAsync(43, default);

        Assert.True(otherChat.IsCompleted);
        Assert.False(second.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_group_gets_at_most_twenty_messages_a_minute()
    {
        for (var i = 0; i < 20; i++)
        {
            await _limiter.WaitAsync(-100, default).WaitAsync(TimeSpan.FromSeconds(5));
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        var twentyFirst = _limiter.WaitAsync(-100, default);
        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.False(twentyFirst.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(10));
        await twentyFirst.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task All_chats_together_get_at_most_thirty_messages_a_second()
    {
        for (var chat = 1; chat <= 30; chat++)
        {
            await _limiter.WaitAsync(chat, default).WaitAsync(TimeSpan.FromSeconds(5));
        }

        var thirtyFirst = _limiter.WaitAsync(31, default);
        Assert.False(thirtyFirst.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        await thirtyFirst.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_retry_after_holds_the_chat_back()
    {
        _limiter.Hold(42, TimeSpan.FromSeconds(7));

        var next = _limiter.WaitAsync(42, default);
        _time.Advance(TimeSpan.FromSeconds(6));
        Assert.False(next.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
