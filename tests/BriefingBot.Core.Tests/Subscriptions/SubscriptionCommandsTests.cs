using BriefingBot.Core.Chat;
using BriefingBot.Core.Subscriptions;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Core.Tests.Subscriptions;

public sealed class SubscriptionCommandsTests
{
    private static readonly ChatAddress s_chat = new("telegram", "-100");
    private readonly MemorySubscriptionStore _store = new();
    private readonly MemoryChatStore _chats = new();
    private readonly RecordingScheduler _scheduler = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2022, 3, 9, 16, 0, 0, TimeSpan.Zero));
    private readonly ChatCommandRouter _router;

    public SubscriptionCommandsTests()
    {
        _router = new ChatCommandRouter(
            [new SubscriptionCommands(_store, _scheduler, _chats, _clock), new TimeZoneCommand(_store, _scheduler, _chats, _clock)],
            NullLogger<ChatCommandRouter>.Instance);
    }

    [Fact]
    public async Task Subscribe_stores_schedules_and_says_when_the_first_digest_comes()
    {
        var reply = await Run("subscribe", "daily 08:00 Europe/Istanbul topic:Turkey");

        var text = PlainTextRenderer.Render(reply);
        Assert.Contains("Subscribed (#1)", text, StringComparison.Ordinal);
        Assert.Contains("tomorrow at 08:00 (in 13 hours)", text, StringComparison.Ordinal);
        Assert.Equal("0 0 8 ? * * Europe/Istanbul", _scheduler.Triggers[1]);
        var stored = Assert.Single(await _store.AllAsync(default));
        Assert.Equal("Turkey", stored.Topic);
        Assert.Equal(_clock.Now, stored.CreatedAt);
    }

    [Fact]
    public async Task Subscribe_defaults_to_the_chats_zone_and_timezone_moves_it()
    {
        await Run("subscribe", "");
        var reply = await Run("timezone", "Europe/Istanbul");

        Assert.Contains("1 subscription now runs on it", PlainTextRenderer.Render(reply), StringComparison.Ordinal);
        Assert.Equal("0 0 8 ? * * Europe/Istanbul", _scheduler.Triggers[1]);
    }

    [Fact]
    public async Task In_a_group_only_moderators_may_subscribe()
    {
        var reply = await _router.HandleAsync(new ChatCommand(s_chat, ChatKind.Group, new ChatUser("7", "Guest"), false, "subscribe", "daily"), default);

        Assert.True(reply.IsError);
        Assert.Empty(await _store.AllAsync(default));
    }

    [Fact]
    public async Task Wrong_time_answers_with_what_was_wrong_and_an_example()
    {
        var reply = await Run("subscribe", "daily 25:00");

        Assert.True(reply.IsError);
        Assert.Contains("\"25:00\" is not a time of day", PlainTextRenderer.Render(reply), StringComparison.Ordinal);
        Assert.Contains(SubscribeArguments.Example, PlainTextRenderer.Render(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscriptions_lists_next_runs_and_pause_reasons_and_unsubscribe_all_clears_them()
    {
        await Run("subscribe", "daily 08:00 UTC");
        await Run("subscribe", "weekly mon 09:00 UTC topic:Lavrov");
        (await _store.GetAsync(2, default))!.PausedReason = "the bot was blocked";

        var list = PlainTextRenderer.Render(await Run("subscriptions", ""));
        var gone = PlainTextRenderer.Render(await Run("unsubscribe", "all"));

        Assert.Contains("#1 daily at 08:00 UTC; next tomorrow at 08:00 (in 16 hours)", list, StringComparison.Ordinal);
        Assert.Contains("#2 every Monday at 09:00 UTC, topic: Lavrov; paused: the bot was blocked", list, StringComparison.Ordinal);
        Assert.Equal("Unsubscribed #1 and #2. No more scheduled digests from them.", gone);
        Assert.Empty(_scheduler.Triggers);
    }

    [Fact]
    public async Task Unsubscribe_of_an_unknown_id_lists_the_chats_ids()
    {
        await Run("subscribe", "daily");

        var reply = await Run("unsubscribe", "9");

        Assert.True(reply.IsError);
        Assert.Contains("There is no subscription \"9\" in this chat. This chat has #1.", PlainTextRenderer.Render(reply), StringComparison.Ordinal);
    }

    private Task<Reply> Run(string name, string arguments) =>
        _router.HandleAsync(new ChatCommand(s_chat, ChatKind.Private, new ChatUser("1", "Ana"), false, name, arguments), default);
}
