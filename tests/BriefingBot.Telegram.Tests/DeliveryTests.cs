using System.Diagnostics;
using System.Text.Json.Nodes;
using BriefingBot.Core.Chat;
using BriefingBot.Telegram.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using static BriefingBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace BriefingBot.Telegram.Tests;

public sealed class DeliveryTests : IAsyncLifetime
{
    private const long UserChat = 2002;
    private const long OldGroup = -4242;
    private const long NewGroup = -1004242;

    private BotHarness _bot = null!;

    private IChatOutbound Outbound => _bot.Services.GetServices<IChatOutbound>().Single(o => o.Platform == "telegram");

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(services: s => s.AddSingleton<IChatCommandHandler, LongReplyHandler>());
        await Seed.ActorsAsync(_bot.Knowledge, ("Sergey Lavrov", "Foreign Minister", ["Lavrov"]));
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_9000_character_reply_is_split_between_sentences_into_valid_messages()
    {
        _bot.Api.Enqueue("message", Message(PrivateChat(UserChat), BotHarness.Reader, "/long"));

        await _bot.Api.WaitForAsync(_ => _bot.Api.SentTo(UserChat).Count == 3);
        await Task.Delay(200);
        var parts = _bot.Api.SentTo(UserChat);

        Assert.Equal(3, parts.Count);
        Assert.All(parts, p =>
        {
            Assert.True(p.Visible.Length <= 4096, $"{p.Visible.Length} characters shown");
            Assert.Null(TelegramHtmlChecker.Check(p.Text));
            Assert.EndsWith(".", p.Visible, StringComparison.Ordinal);
        });
        var joined = string.Join(" ", parts.Select(p => p.Visible));
        Assert.Equal("A long story\n\n" + LongReplyHandler.PlainText, joined);
    }

    [Fact]
    public async Task A_429_is_retried_after_the_time_Telegram_asks_for()
    {
        _bot.Api.FailNext("sendMessage", UserChat, 429, "Too Many Requests: retry after 1", new JsonObject { ["retry_after"] = 1 });
        var clock = Stopwatch.StartNew();
        _bot.Api.Enqueue("message", Message(PrivateChat(UserChat), BotHarness.Reader, "/who Lavrov"));

        var reply = await _bot.Api.WaitForAsync(m => m.ChatId == UserChat);

        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.95), $"retried after {clock.Elapsed}");
        Assert.Contains("Sergey Lavrov", reply.Visible);
        Assert.Equal(2, _bot.Api.Calls("sendMessage").Count);
        Assert.Single(_bot.Api.SentTo(UserChat));
    }

    [Fact]
    public async Task A_server_error_is_retried_with_backoff()
    {
        _bot.Api.FailNext("sendMessage", UserChat, 502, "Bad Gateway");
        _bot.Api.FailNext("sendMessage", UserChat, 500, "Internal Server Error");

        var outcome = await Outbound.SendAsync(new ChatAddress("telegram", "2002"), Reply.Text("Your digest"), default);

        Assert.Equal(DeliveryStatus.Delivered, outcome.Status);
        Assert.Equal(3, _bot.Api.Calls("sendMessage").Count);
        Assert.Equal("Your digest", _bot.Api.SentTo(UserChat).Single().Visible);
    }

    [Fact]
    public async Task A_blocked_bot_pauses_the_chat_and_keeps_the_reason()
    {
        _bot.Api.FailNext("sendMessage", UserChat, 403, "Forbidden: bot was blocked by the user");

        var outcome = await Outbound.SendAsync(new ChatAddress("telegram", "2002"), Reply.Text("Your digest"), default);

        Assert.Equal(DeliveryStatus.ChatUnavailable, outcome.Status);
        var chat = await _bot.Chats.GetAsync(new ChatAddress("telegram", "2002"), default);
        Assert.False(chat.Active);
        Assert.Contains("bot was blocked by the user", chat.InactiveReason);
    }

    [Fact]
    public async Task A_chat_that_is_gone_is_paused()
    {
        _bot.Api.FailNext("sendMessage", OldGroup, 400, "Bad Request: chat not found");

        var outcome = await Outbound.SendAsync(new ChatAddress("telegram", "-4242"), Reply.Text("Your digest"), default);

        Assert.Equal(DeliveryStatus.ChatUnavailable, outcome.Status);
        Assert.False((await _bot.Chats.GetAsync(new ChatAddress("telegram", "-4242"), default)).Active);
    }

    [Fact]
    public async Task Being_removed_from_a_group_pauses_it()
    {
        var update = _bot.Api.Enqueue("my_chat_member", new JsonObject
        {
            ["chat"] = Group(OldGroup, "group"),
            ["from"] = User(BotHarness.Reader),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["old_chat_member"] = new JsonObject { ["status"] = "member", ["user"] = User(FakeBotApi.BotId) },
            ["new_chat_member"] = new JsonObject { ["status"] = "kicked", ["user"] = User(FakeBotApi.BotId), ["until_date"] = 0 },
        });

        await _bot.Api.WaitUntilConfirmedAsync(update);

        var chat = await _bot.Chats.GetAsync(new ChatAddress("telegram", "-4242"), default);
        Assert.False(chat.Active);
        Assert.Equal("the bot was removed from the group", chat.InactiveReason);
    }

    [Fact]
    public async Task A_group_upgraded_to_a_supergroup_moves_its_data_when_telegram_says_so()
    {
        await _bot.Chats.SaveAsync(new ChatSettings { Id = "telegram:-4242", TimeZone = "Europe/Istanbul" }, default);
        var message = Message(Group(OldGroup, "group"), BotHarness.Reader, null);
        message["migrate_to_chat_id"] = NewGroup;
        var update = _bot.Api.Enqueue("message", message);

        await _bot.Api.WaitUntilConfirmedAsync(update);

        Assert.Equal("Europe/Istanbul", (await _bot.Chats.GetAsync(new ChatAddress("telegram", "-1004242"), default)).TimeZone);
        Assert.Equal("UTC", (await _bot.Chats.GetAsync(new ChatAddress("telegram", "-4242"), default)).TimeZone);
    }

    [Fact]
    public async Task A_digest_to_a_migrated_group_reports_the_move_and_moves_the_data()
    {
        await _bot.Chats.SaveAsync(new ChatSettings { Id = "telegram:-4242", TimeZone = "Europe/Istanbul" }, default);
        _bot.Api.FailNext("sendMessage", OldGroup, 400, "Bad Request: group chat was upgraded to a supergroup chat", new JsonObject { ["migrate_to_chat_id"] = NewGroup });

        var outcome = await Outbound.SendAsync(new ChatAddress("telegram", "-4242"), Reply.Text("Your digest"), default);

        Assert.Equal(DeliveryStatus.Moved, outcome.Status);
        Assert.Equal(new ChatAddress("telegram", "-1004242"), outcome.MovedTo);
        Assert.Equal("Europe/Istanbul", (await _bot.Chats.GetAsync(outcome.MovedTo!, default)).TimeZone);
    }

    [Fact]
    public async Task A_reply_to_a_migrated_group_goes_to_the_supergroup()
    {
        _bot.Api.FailNext("sendMessage", OldGroup, 400, "Bad Request: group chat was upgraded to a supergroup chat", new JsonObject { ["migrate_to_chat_id"] = NewGroup });
        _bot.Api.Enqueue("message", Message(Group(OldGroup, "group"), BotHarness.Reader, "/who Lavrov"));

        var reply = await _bot.Api.WaitForAsync(m => m.ChatId == NewGroup);

        Assert.Contains("Sergey Lavrov", reply.Visible);
        Assert.Empty(_bot.Api.SentTo(OldGroup));
    }

    [Fact]
    public async Task Messages_to_one_chat_are_spaced_out()
    {
        await _bot.StopBotAsync();
        await _bot.StartBotAsync(new() { ["Telegram:PerChatInterval"] = "00:00:00.300" });
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < 3; i++)
        {
            await Outbound.SendAsync(new ChatAddress("telegram", "2002"), Reply.Text($"Digest {i}"), default);
        }

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(580), $"three messages in {clock.Elapsed}");
        Assert.Equal(3, _bot.Api.SentTo(UserChat).Count);
    }
}
