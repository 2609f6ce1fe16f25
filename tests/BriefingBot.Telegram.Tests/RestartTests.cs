using static BriefingBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace BriefingBot.Telegram.Tests;

public sealed class RestartTests
{
    private const long UserChat = 2002;

    [Fact]
    public async Task A_restart_neither_loses_nor_repeats_an_update()
    {
        await using var bot = await BotHarness.StartAsync();
        await Seed.ActorsAsync(bot.Knowledge, ("Sergey Lavrov", "Foreign Minister", ["Lavrov"]), ("Hakan Fidan", "Foreign Minister", ["Fidan"]));
        bot.Api.Enqueue("message", Message(PrivateChat(UserChat), BotHarness.Reader, "/who Lavrov"));
        await bot.Api.WaitForAsync(m => m.ChatId == UserChat);

        // Down for a while: an update arrives meanwhile. The fake server never forgets updates, like Telegram
        // when the confirming getUpdates never came, so only the bot's own record prevents a repeat.
        await bot.StopBotAsync();
        bot.Api.Enqueue("message", Message(PrivateChat(UserChat), BotHarness.Reader, "/who Fidan", messageId: 2));
        await bot.StartBotAsync();

        await bot.Api.WaitForAsync(m => m.ChatId == UserChat && m.Visible.Contains("Hakan Fidan", StringComparison.Ordinal));
        await Task.Delay(500);
        var replies = bot.Api.SentTo(UserChat);
        Assert.Equal(2, replies.Count);
        Assert.Contains("Sergey Lavrov", replies[0].Visible);
        Assert.Contains("Hakan Fidan", replies[1].Visible);
        Assert.Equal(2, (int?)bot.Api.Calls("getUpdates").Last()["offset"] - 1);
    }
}
