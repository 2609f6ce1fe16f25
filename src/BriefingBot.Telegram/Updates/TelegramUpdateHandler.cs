using BriefingBot.Core.Chat;
using BriefingBot.Telegram.Delivery;
using BriefingBot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Polling;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BriefingBot.Telegram.Updates;

/// <summary>
/// Handles each update from the receiving loop: commands in messages, pressed buttons, the bot being removed,
/// a group becoming a supergroup. A failing update gets an apology and is not tried again; the loop goes on.
/// </summary>
internal sealed partial class TelegramUpdateHandler(
    ITelegramBotClient bot,
    TelegramCommandReader reader,
    ChatCommandRouter router,
    TelegramReplyFormatter formatter,
    TelegramButtons buttons,
    TelegramSender sender,
    TelegramUpdateOffset offset,
    IChatStore chats,
    ILogger<TelegramUpdateHandler> logger) : IUpdateHandler
{
    private static readonly Reply s_apology =
        Reply.Text("Sorry, something went wrong while answering that. Please try again in a moment.") with { IsError = true };

    private int _pollingFailures;

    public async Task HandleUpdateAsync(ITelegramBotClient botClient, Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        Interlocked.Exchange(ref _pollingFailures, 0);

        // Recorded before it is handled: a stop or crash mid-update must never make the next start answer it again.
        // (Recording after the reply let a stop that cancelled the send after Telegram had it repeat the answer.)
        // The price is that an update cut off mid-way gets no answer; nothing it did is acknowledged, so nothing is lost.
        await offset.HandledAsync(update.Id, CancellationToken.None).ConfigureAwait(false);
        try
        {
            await (update switch
            {
                { Message: { } message } => OnMessageAsync(message, cancellationToken),
                { CallbackQuery: { } query } => OnCallbackAsync(query, cancellationToken),
                { MyChatMember: { } membership } => OnMembershipAsync(membership, cancellationToken),
                _ => Task.CompletedTask,
            }).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogUpdateFailed(update.Id, e);
            await ApologiseAsync(update, cancellationToken).ConfigureAwait(false);
        }

    }

    public async Task HandleErrorAsync(ITelegramBotClient botClient, Exception exception, HandleErrorSource source, CancellationToken cancellationToken)
    {
        var failures = Interlocked.Increment(ref _pollingFailures);
        LogPollingFailed(source, failures, exception);

        // Back off while Telegram is unreachable instead of spinning: 1 s, 2 s, 4 s ... up to 30 s.
        var pause = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(failures - 1, 5))));
        await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
    }

    private async Task OnMessageAsync(Message message, CancellationToken cancellationToken)
    {
        if (message.MigrateToChatId is long newId)
        {
            var from = TelegramChats.Address(message.Chat.Id);
            var to = TelegramChats.Address(newId);
            LogMigrated(from.Key, to.Key);
            await chats.MoveAsync(from, to, cancellationToken).ConfigureAwait(false);
            return;
        }

        var (command, problem) = await reader.ReadAsync(message, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            await ReplyAsync(message.Chat.Id, problem, AnswerTo(message), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (command is null)
        {
            return;
        }

        var reply = await AnswerAsync(command, cancellationToken).ConfigureAwait(false);
        await ReplyAsync(message.Chat.Id, reply, AnswerTo(message), cancellationToken).ConfigureAwait(false);
    }

    // Private chats need no pointer; in groups several people may be asking at once.
    private static int? AnswerTo(Message message) => message.Chat.Type == ChatType.Private ? null : message.MessageId;

    private async Task OnCallbackAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        // Answer first, so the button stops spinning even if the command takes a while.
        var commandText = await buttons.CommandAsync(query.Data, cancellationToken).ConfigureAwait(false);
        await bot.AnswerCallbackQuery(query.Id, commandText is null ? "This button has expired; please ask again." : null, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (commandText is null || query.Message is not { } message)
        {
            return;
        }

        var command = await reader.ReadAsync(message.Chat, query.From, commandText, cancellationToken).ConfigureAwait(false);
        if (command is null)
        {
            return;
        }

        var reply = await AnswerAsync(command, cancellationToken).ConfigureAwait(false);
        var messages = await formatter.FormatAsync(reply, cancellationToken).ConfigureAwait(false);
        await sender.EditAsync(message.Chat.Id, message.MessageId, messages[0], cancellationToken).ConfigureAwait(false);
        if (messages.Count > 1)
        {
            await sender.SendAsync(message.Chat.Id, [.. messages.Skip(1)], followMigration: true, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task OnMembershipAsync(ChatMemberUpdated membership, CancellationToken cancellationToken)
    {
        if (membership.NewChatMember.Status is ChatMemberStatus.Kicked or ChatMemberStatus.Left)
        {
            var reason = membership.Chat.Type == ChatType.Private ? "the user blocked the bot" : "the bot was removed from the group";
            LogRemoved(membership.Chat.Id, reason);
            await chats.MarkUnavailableAsync(TelegramChats.Address(membership.Chat.Id), reason, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Reply> AnswerAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        if (command.Name == "start")
        {
            var help = await router.HandleAsync(command with { Name = "help", Arguments = "" }, cancellationToken).ConfigureAwait(false);
            var greeting = new ParagraphBlock(
                new Span("Hello! I keep a briefing on world affairs: who the actors are, who met whom, and the latest articles. Try "),
                Span.Code("/who Lavrov"),
                new Span(" or "),
                Span.Code("/help"),
                new Span("."));
            return help with { Blocks = [greeting, .. help.Blocks], IsError = false };
        }

        return await router.HandleAsync(command, cancellationToken).ConfigureAwait(false);
    }

    private async Task ReplyAsync(long chatId, Reply reply, int? replyTo, CancellationToken cancellationToken)
    {
        var messages = await formatter.FormatAsync(reply, cancellationToken).ConfigureAwait(false);
        if (replyTo is not null)
        {
            messages = [messages[0] with { ReplyTo = replyTo }, .. messages.Skip(1)];
        }

        var result = await sender.SendAsync(chatId, messages, followMigration: true, cancellationToken).ConfigureAwait(false);
        if (result.Outcome.Status == DeliveryStatus.RetryLater)
        {
            LogReplyLost(TelegramChats.Address(chatId).Key, result.Outcome.Reason ?? "");
        }
    }

    private async Task ApologiseAsync(Update update, CancellationToken cancellationToken)
    {
        var chatId = update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id;
        if (chatId is null)
        {
            return;
        }

        try
        {
            await ReplyAsync(chatId.Value, s_apology, update.Message is { } message ? AnswerTo(message) : null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogApologyFailed(chatId.Value, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling Telegram update {UpdateId} failed")]
    private partial void LogUpdateFailed(int updateId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram polling failed ({Source}, {Failures} in a row)")]
    private partial void LogPollingFailed(HandleErrorSource source, int failures, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {From} became supergroup {To}; moving its data")]
    private partial void LogMigrated(string from, string to);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram chat {ChatId} is unavailable: {Reason}")]
    private partial void LogRemoved(long chatId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A reply to {Chat} could not be delivered: {Reason}")]
    private partial void LogReplyLost(string chat, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not apologise in Telegram chat {ChatId}")]
    private partial void LogApologyFailed(long chatId, Exception exception);
}
