using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static BriefingBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace BriefingBot.Telegram.Tests;

public sealed class PollingTests
{
    [Fact]
    public async Task Idle_long_polls_end_without_errors_and_a_message_is_answered_at_once()
    {
        var logs = new CapturedLogs();
        await using var bot = await BotHarness.StartAsync(
            new() { ["Telegram:PollTimeout"] = "00:00:01" },
            services => services.AddLogging(l => l.AddProvider(logs)));
        bot.Api.HoldPolls = true;

        // Several polls run to their full timeout with nothing to deliver, as on a quiet day.
        await Task.Delay(TimeSpan.FromSeconds(3.5));
        var clock = Stopwatch.StartNew();
        bot.Api.Enqueue("message", Message(PrivateChat(5), 5, "/help"));
        await bot.Api.WaitForAsync(m => m.ChatId == 5);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1.5), $"answered after {clock.Elapsed}");
        Assert.All(bot.Api.Calls("getUpdates"), c => Assert.Equal(1, (int?)c["timeout"]));
        Assert.Empty(logs.Entries);
    }
}
