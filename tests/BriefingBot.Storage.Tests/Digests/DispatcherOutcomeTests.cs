using BriefingBot.Core.Chat;
using BriefingBot.Core.Digests;

namespace BriefingBot.Storage.Tests.Digests;

public sealed class DispatcherOutcomeTests
{
    private static readonly DateTimeOffset s_monday = new(2022, 3, 7, 7, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_run = s_monday.AddHours(1);

    [Fact]
    public async Task Retry_later_keeps_the_digest_pending_until_the_platforms_retry_after()
    {
        using var rig = await ReadyAsync();
        rig.Outbound.Answer = _ => DeliveryOutcome.RetryLater("rate limited", TimeSpan.FromMinutes(10));
        await rig.Dispatcher.DispatchDueAsync(default);
        rig.Outbound.Answer = _ => DeliveryOutcome.Delivered;

        rig.Clock.Now = s_run.AddMinutes(5);
        var early = await rig.Dispatcher.DispatchDueAsync(default);
        rig.Clock.Now = s_run.AddMinutes(10);
        var onTime = await rig.Dispatcher.DispatchDueAsync(default);

        Assert.Equal(0, early);
        Assert.Equal(1, onTime);
        var row = Assert.Single(await rig.Outbox.ForChatAsync(DigestRig.Chat.Key, default));
        Assert.Equal(2, row.Attempts);
    }

    [Fact]
    public async Task An_unavailable_chat_is_paused_with_its_reason_and_the_digest_is_held_not_retried()
    {
        using var rig = await ReadyAsync();
        rig.Outbound.Answer = _ => DeliveryOutcome.ChatUnavailable("the bot was blocked");

        await rig.Dispatcher.DispatchDueAsync(default);
        rig.Clock.Now = s_run.AddDays(1);
        await rig.Dispatcher.DispatchDueAsync(default);

        Assert.Equal(1, rig.Outbound.Sends);
        var row = Assert.Single(await rig.Outbox.ForChatAsync(DigestRig.Chat.Key, default));
        Assert.Equal(DeliveryState.Held, row.State);
        Assert.False((await rig.Chats.GetAsync(DigestRig.Chat, default)).Active);
        Assert.Equal("the bot was blocked", Assert.Single(await rig.Subscriptions.ForChatAsync(DigestRig.Chat.Key, default)).PausedReason);
    }

    [Fact]
    public async Task A_moved_chat_takes_its_subscriptions_and_the_digest_goes_to_the_new_id()
    {
        using var rig = await ReadyAsync();
        var moved = new ChatAddress("test", "chat-2");
        rig.Outbound.Answer = chat => chat == DigestRig.Chat ? DeliveryOutcome.Moved(moved) : DeliveryOutcome.Delivered;

        var sent = await rig.Dispatcher.DispatchDueAsync(default);

        Assert.Equal(1, sent);
        Assert.Equal(moved, Assert.Single(rig.Outbound.Sent).Chat);
        Assert.Single(await rig.Subscriptions.ForChatAsync(moved.Key, default));
        Assert.Empty(await rig.Subscriptions.ForChatAsync(DigestRig.Chat.Key, default));
        Assert.Equal(DeliveryState.Sent, Assert.Single(await rig.Outbox.ForChatAsync(moved.Key, default)).State);
    }

    [Fact]
    public void Backoff_doubles_and_is_capped()
    {
        var options = new DigestOptions { RetryDelay = TimeSpan.FromSeconds(30), MaxRetryDelay = TimeSpan.FromMinutes(5) };

        Assert.Equal(TimeSpan.FromSeconds(30), DeliveryDispatcher.Backoff(1, options));
        Assert.Equal(TimeSpan.FromMinutes(2), DeliveryDispatcher.Backoff(3, options));
        Assert.Equal(TimeSpan.FromMinutes(5), DeliveryDispatcher.Backoff(10, options));
    }

    private static async Task<DigestRig> ReadyAsync()
    {
        var rig = new DigestRig(s_monday);
        var subscription = await rig.SubscribeAsync();
        await rig.AddArticleAsync("Lavrov and Kuleba to meet in Antalya", "The ministers will meet on Thursday.");
        rig.Clock.Now = s_run;
        await rig.Producer.RunDueAsync(subscription.Id, s_run, default);
        return rig;
    }
}
