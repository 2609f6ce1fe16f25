using System.Net;
using System.Text.RegularExpressions;
using BriefingBot.Core.Chat;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BriefingBot.Telegram.Delivery;

/// <summary>
/// Posts and edits messages within the rate limits, and deals with what Telegram answers: a 429 waits
/// <c>retry_after</c>; timeouts and server errors back off and retry; a blocked bot or a vanished chat pauses the
/// chat (the reason kept); a group upgraded to a supergroup moves the chat's data to its new id.
/// </summary>
internal sealed partial class TelegramSender(
    ITelegramBotClient bot,
    TelegramRateLimiter limiter,
    IChatStore chats,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramSender> logger)
{
    private readonly TelegramOptions _options = options.Value;

    /// <summary>Posts the messages in order.</summary>
    /// <param name="followMigration">
    /// True: after a migration, post to the new id. False: report <see cref="DeliveryStatus.Moved"/> if nothing went
    /// out yet, so whoever queued the message sends it again to the new address.
    /// </param>
    public async Task<SendResult> SendAsync(long chatId, IReadOnlyList<TelegramMessage> messages, bool followMigration, CancellationToken cancellationToken)
    {
        int? lastId = null;
        var moves = 0;
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            var (outcome, sentId) = await AttemptAsync(chatId, ct => Post(chatId, message, ct), cancellationToken).ConfigureAwait(false);
            if (outcome.Status == DeliveryStatus.Moved)
            {
                var movedTo = long.Parse(outcome.MovedTo!.ChatId, System.Globalization.CultureInfo.InvariantCulture);

                // A chat migrates once; a second "moved" in one send means something is wrong: let it be retried later.
                if ((!followMigration && i == 0) || ++moves > 1)
                {
                    return new SendResult(outcome, movedTo, lastId);
                }

                chatId = movedTo;
                i--;
                continue;
            }

            if (outcome.Status != DeliveryStatus.Delivered)
            {
                return new SendResult(outcome, chatId, lastId);
            }

            lastId = sentId;
        }

        return new SendResult(DeliveryOutcome.Delivered, chatId, lastId);
    }

    /// <summary>Replaces a message's text and buttons (a pressed button's answer).</summary>
    public async Task<DeliveryOutcome> EditAsync(long chatId, int messageId, TelegramMessage message, CancellationToken cancellationToken)
    {
        var (outcome, _) = await AttemptAsync(chatId, ct => Edit(chatId, messageId, message, ct), cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    private async Task<int> Post(long chatId, TelegramMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var sent = await bot.SendMessage(chatId, message.Html, ParseMode.Html, Answering(message), message.Keyboard, s_noPreview, cancellationToken: cancellationToken).ConfigureAwait(false);
            return sent.MessageId;
        }
        catch (ApiRequestException e) when (IsParseError(e))
        {
            // The renderer escapes everything, so this should not happen; if it does, the user still gets the words.
            LogParseError(TelegramChats.Address(chatId).Key, e.Message);
            var sent = await bot.SendMessage(chatId, PlainText(message.Html), ParseMode.None, Answering(message), message.Keyboard, s_noPreview, cancellationToken: cancellationToken).ConfigureAwait(false);
            return sent.MessageId;
        }
    }

    private async Task<int> Edit(long chatId, int messageId, TelegramMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await bot.EditMessageText(new ChatId(chatId), messageId, message.Html, ParseMode.Html, replyMarkup: message.Keyboard, linkPreviewOptions: s_noPreview, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400 && e.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase))
        {
            // Pressing the same button twice changes nothing; that is fine.
        }

        return messageId;
    }

    private async Task<(DeliveryOutcome Outcome, int MessageId)> AttemptAsync(long chatId, Func<CancellationToken, Task<int>> call, CancellationToken cancellationToken)
    {
        var address = TelegramChats.Address(chatId);
        string reason = "";
        TimeSpan? after = null;
        for (var attempt = 1; attempt <= _options.MaxSendAttempts; attempt++)
        {
            await limiter.WaitAsync(chatId, cancellationToken).ConfigureAwait(false);
            try
            {
                return (DeliveryOutcome.Delivered, await call(cancellationToken).ConfigureAwait(false));
            }
            catch (ApiRequestException e) when (e.Parameters?.MigrateToChatId is long newId)
            {
                var to = TelegramChats.Address(newId);
                LogMigrated(address.Key, to.Key);
                await chats.MoveAsync(address, to, cancellationToken).ConfigureAwait(false);
                return (DeliveryOutcome.Moved(to), 0);
            }
            catch (ApiRequestException e) when (e.ErrorCode == 429)
            {
                after = TimeSpan.FromSeconds(Math.Max(1, e.Parameters?.RetryAfter ?? 1));
                reason = "Telegram asked to slow down (429)";
                LogRateLimited(address.Key, after.Value.TotalSeconds, attempt);
                limiter.Hold(chatId, after.Value);
            }
            catch (ApiRequestException e) when (IsChatGone(e))
            {
                var why = $"Telegram: {e.Message}";
                LogChatGone(address.Key, why);
                await chats.MarkUnavailableAsync(address, why, cancellationToken).ConfigureAwait(false);
                return (DeliveryOutcome.ChatUnavailable(why), 0);
            }
            catch (ApiRequestException e) when (e.ErrorCode is >= 400 and < 500)
            {
                // A request Telegram will never accept: trying again changes nothing.
                LogRejected(address.Key, e.ErrorCode, e.Message);
                return (DeliveryOutcome.RetryLater($"Telegram rejected the message: {e.Message}"), 0);
            }
            catch (RequestException e)
            {
                // Timeouts, connection failures and 5xx: back off, doubling each time.
                reason = e.HttpStatusCode is HttpStatusCode status ? $"Telegram answered {(int)status}" : "Telegram did not answer";
                after = _options.RetryBackoff * Math.Pow(2, attempt - 1);
                LogTransient(address.Key, reason, attempt, e);
                if (attempt < _options.MaxSendAttempts)
                {
                    await Task.Delay(after.Value, time, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        return (DeliveryOutcome.RetryLater(reason, after), 0);
    }

    // 403: blocked by the user, kicked from the group. 400 "chat not found": the chat is gone.
    private static bool IsChatGone(ApiRequestException e) =>
        e.ErrorCode == 403
        || (e.ErrorCode == 400 && (e.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("group chat was deleted", StringComparison.OrdinalIgnoreCase)));

    private static bool IsParseError(ApiRequestException e) =>
        e.ErrorCode == 400 && e.Message.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase);

    // In a busy group an answer points at the command it answers; if that was deleted, it goes out anyway.
    private static ReplyParameters? Answering(TelegramMessage message) =>
        message.ReplyTo is int id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null;

    private static string PlainText(string html) => WebUtility.HtmlDecode(Tag().Replace(html, ""));

    private static readonly LinkPreviewOptions s_noPreview = new() { IsDisabled = true };

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram rate limit in {Chat}: waiting {Seconds} s (attempt {Attempt})")]
    private partial void LogRateLimited(string chat, double seconds, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending to {Chat} failed ({Reason}), attempt {Attempt}")]
    private partial void LogTransient(string chat, string reason, int attempt, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat {Chat} is unavailable: {Reason}; its subscriptions are paused")]
    private partial void LogChatGone(string chat, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {From} became supergroup {To}; moving its data")]
    private partial void LogMigrated(string from, string to);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram rejected a message to {Chat}: {Code} {Reason}")]
    private partial void LogRejected(string chat, int code, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram could not parse a message to {Chat} ({Reason}); sent it as plain text")]
    private partial void LogParseError(string chat, string reason);
}
