using System.Text;
using BriefingBot.Core.Chat;
using BriefingBot.Storage;
using BriefingBot.Telegram.Rendering;
using LiteDB;

namespace BriefingBot.Telegram.Tests.Rendering;

public sealed class TelegramButtonsTests
{
    [Fact]
    public async Task Short_commands_travel_as_themselves_and_long_ones_as_a_token_that_survives_a_restart()
    {
        using var store = new LiteDbContext(new LiteDatabase(new MemoryStream()));
        var longCommand = "/meetings Recep Tayyip Erdoğan and Volodymyr Oleksandrovych Zelensky";
        var keyboard = await new TelegramButtons(new LiteDbBotStateStore(store)).KeyboardAsync(
            [new ReplyButton("Shoigu", "/who Sergei Shoigu"), new ReplyButton("Both", longCommand)], default);

        var data = keyboard!.InlineKeyboard.SelectMany(row => row).Select(b => b.CallbackData!).ToList();

        Assert.Equal("/who Sergei Shoigu", data[0]);
        Assert.True(Encoding.UTF8.GetByteCount(data[1]) <= 64);
        var afterRestart = new TelegramButtons(new LiteDbBotStateStore(store));
        Assert.Equal(longCommand, await afterRestart.CommandAsync(data[1], default));
        Assert.Null(await afterRestart.CommandAsync("#unknown", default));
    }
}
