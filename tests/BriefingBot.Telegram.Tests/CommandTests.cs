using BriefingBot.Core.Chat;
using BriefingBot.Telegram.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using static BriefingBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace BriefingBot.Telegram.Tests;

public sealed class CommandTests : IAsyncLifetime
{
    private const long PrivateChat = 2002;
    private const long GroupChat = -100777;

    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(services: s => s.AddSingleton<IChatCommandHandler, FailingHandler>());
        await Seed.ActorsAsync(
            _bot.Knowledge,
            ("Sergey Lavrov", "Foreign Minister", ["Sergei Lavrov", "Lavrov"]),
            ("Sergei Shoigu", "Defence Minister", ["Shoigu"]));
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Start_registers_the_command_menu_and_greets_with_help()
    {
        _bot.Api.Enqueue("message", Message(TelegramUpdates.PrivateChat(PrivateChat), BotHarness.Reader, "/start"));

        var reply = await _bot.Api.WaitForAsync(m => m.ChatId == PrivateChat);

        Assert.Contains("Hello!", reply.Visible);
        Assert.Contains("/who", reply.Visible);
        var commands = _bot.Api.Calls("setMyCommands").Single()["commands"]!.AsArray().Select(c => (string)c!["command"]!).ToList();
        Assert.Contains("who", commands);
        Assert.Contains("add", commands);
        Assert.Contains("start", commands);
    }

    [Fact]
    public async Task Who_in_a_private_chat_answers_with_the_card_in_html()
    {
        _bot.Api.Enqueue("message", Message(TelegramUpdates.PrivateChat(PrivateChat), BotHarness.Reader, "/who Lavrov"));

        var reply = await _bot.Api.WaitForAsync(m => m.ChatId == PrivateChat);

        Assert.Equal("HTML", reply.ParseMode, ignoreCase: true);
        Assert.StartsWith("<b>Sergey Lavrov</b>", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Foreign Minister, Russia", reply.Visible);
        Assert.Null(reply.ReplyTo);
    }

    [Fact]
    public async Task Who_addressed_to_this_bot_in_a_group_is_answered()
    {
        _bot.Api.Enqueue("message", Message(Group(GroupChat), BotHarness.Reader, $"/who@{FakeBotApi.BotUsername} Lavrov", messageId: 77));

        var reply = await _bot.Api.WaitForAsync(m => m.ChatId == GroupChat);

        Assert.Contains("Sergey Lavrov", reply.Visible);
        Assert.Equal(77, reply.ReplyTo);
    }

    [Fact]
    public async Task Who_addressed_to_another_bot_is_ignored()
    {
        var ignored = _bot.Api.Enqueue("message", Message(Group(GroupChat), BotHarness.Reader, "/who@OtherBot Lavrov"));
        _bot.Api.Enqueue("message", Message(Group(GroupChat), BotHarness.Reader, "/who Shoigu"));

        await _bot.Api.WaitUntilConfirmedAsync(ignored + 1);
        var replies = await Replies(GroupChat, 1);

        Assert.Single(replies);
        Assert.Contains("Sergei Shoigu", replies[0].Visible);
    }

    [Fact]
    public async Task An_unknown_command_is_explained_in_private_but_left_to_other_bots_in_a_group()
    {
        var inGroup = _bot.Api.Enqueue("message", Message(Group(GroupChat), BotHarness.Reader, "/weather Ankara"));
        _bot.Api.Enqueue("message", Message(TelegramUpdates.PrivateChat(PrivateChat), BotHarness.Reader, "/weather Ankara"));

        var reply = await _bot.Api.WaitForAsync(m => m.ChatId == PrivateChat);
        await _bot.Api.WaitUntilConfirmedAsync(inGroup + 1);

        Assert.Contains("I don't know the command /weather", reply.Visible);
        Assert.Empty(_bot.Api.SentTo(GroupChat));
    }

    [Fact]
    public async Task Ambiguous_who_offers_buttons_and_a_press_edits_the_message_into_the_card()
    {
        _bot.Api.Enqueue("message", Message(TelegramUpdates.PrivateChat(PrivateChat), BotHarness.Reader, "/who Sergei"));
        var choice = await _bot.Api.WaitForAsync(m => m.ChatId == PrivateChat);
        Assert.Contains("could be 2 actors", choice.Visible);
        Assert.Equal(["Sergei Shoigu", "Sergey Lavrov"], choice.ButtonLabels.Order(StringComparer.Ordinal).ToList());

        var shoigu = choice.ButtonData[choice.ButtonLabels.ToList().IndexOf("Sergei Shoigu")];
        _bot.Api.Enqueue("callback_query", Callback(TelegramUpdates.PrivateChat(PrivateChat), BotHarness.Reader, choice.MessageId, shoigu));

        var edited = await _bot.Api.WaitForAsync(m => m.Method == "editMessageText");
        Assert.Equal(choice.MessageId, edited.MessageId);
        Assert.StartsWith("<b>Sergei Shoigu</b>", edited.Text, StringComparison.Ordinal);
        Assert.Single(_bot.Api.Calls("answerCallbackQuery"));
    }

    [Fact]
    public async Task Hostile_names_are_escaped_and_never_break_the_message()
    {
        await Seed.ActorsAsync(_bot.Knowledge, ("Ali <b>Bakeer</b> & Sons", "Analyst <i>\"quoted\"</i>", ["Bakeer"]));

        _bot.Api.Enqueue("message", Message(TelegramUpdates.PrivateChat(PrivateChat), BotHarness.Reader, "/who Bakeer"));
        var reply = await _bot.Api.WaitForAsync(m => m.ChatId == PrivateChat);

        Assert.StartsWith("<b>Ali &lt;b&gt;Bakeer&lt;/b&gt; &amp; Sons</b>", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Ali <b>Bakeer</b> & Sons", reply.Visible);
        Assert.Contains("Analyst <i>\"quoted\"</i>", reply.Visible);
        Assert.Null(TelegramHtmlChecker.Check(reply.Text));
    }

    [Fact]
    public async Task A_failing_command_gets_an_apology_and_the_loop_goes_on()
    {
        _bot.Api.Enqueue("message", Message(TelegramUpdates.PrivateChat(PrivateChat), BotHarness.Reader, "/boom"));
        var apology = await _bot.Api.WaitForAsync(m => m.ChatId == PrivateChat);
        Assert.Contains("Sorry, something went wrong", apology.Visible);

        _bot.Api.Enqueue("message", Message(TelegramUpdates.PrivateChat(PrivateChat), BotHarness.Reader, "/help"));
        var help = await _bot.Api.WaitForAsync(m => m.ChatId == PrivateChat && m.MessageId != apology.MessageId);
        Assert.Contains("/who", help.Visible);
    }

    private async Task<IReadOnlyList<SentMessage>> Replies(long chatId, int atLeast)
    {
        await _bot.Api.WaitForAsync(m => _bot.Api.SentTo(chatId).Count >= atLeast);
        await Task.Delay(300);
        return _bot.Api.SentTo(chatId);
    }
}
