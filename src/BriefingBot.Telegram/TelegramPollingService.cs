using System.Text.RegularExpressions;
using BriefingBot.Core.Chat;
using BriefingBot.Telegram.Updates;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Polling;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BriefingBot.Telegram;

/// <summary>
/// Serves Telegram by long polling: learns who the bot is, registers the command menu, then runs Telegram.Bot's
/// receiving loop from the first update not yet handled.
/// </summary>
internal sealed partial class TelegramPollingService(
    ITelegramBotClient bot,
    LongPollingBotClient poller,
    TelegramUpdateHandler handler,
    TelegramUpdateOffset offset,
    TelegramBotIdentity identity,
    ChatCommandRouter router,
    TimeProvider time,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    private static readonly UpdateType[] s_updates = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var me = await UntilItWorksAsync(ct => bot.GetMe(ct), "getMe", stoppingToken).ConfigureAwait(false);
        identity.Set(me.Username);
        await UntilItWorksAsync(ct => RegisterCommandsAsync(ct), "setMyCommands", stoppingToken).ConfigureAwait(false);

        var next = await offset.NextAsync(stoppingToken).ConfigureAwait(false);
        LogStarted(me.Username ?? me.FirstName, next);
        var receiving = new ReceiverOptions { Offset = next, AllowedUpdates = s_updates };
        try
        {
            await poller.ReceiveAsync(handler, receiving, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<bool> RegisterCommandsAsync(CancellationToken cancellationToken)
    {
        var commands = new List<BotCommand> { new("start", "What this bot does") };
        foreach (var info in router.Commands.Where(c => MenuName().IsMatch(c.Name)))
        {
            var description = info.Description.Length <= 256 ? info.Description : info.Description[..255] + "…";
            commands.Add(new BotCommand(info.Name, string.IsNullOrWhiteSpace(description) ? info.Usage : description));
        }

        await bot.SetMyCommands(commands, cancellationToken: cancellationToken).ConfigureAwait(false);
        return true;
    }

    // Start-up waits out a network outage instead of failing the host; a wrong token, though, will never work.
    private async Task<T> UntilItWorksAsync<T>(Func<CancellationToken, Task<T>> call, string what, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call(cancellationToken).ConfigureAwait(false);
            }
            catch (ApiRequestException e) when (e.ErrorCode == 401)
            {
                LogBadToken();
                throw new InvalidOperationException("Telegram rejected the bot token (401 Unauthorized). Check Telegram__BotToken.", e);
            }
            catch (RequestException e)
            {
                var pause = TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, Math.Min(attempt, 6))));
                LogStartupRetry(what, attempt, pause.TotalSeconds, e.Message);
                await Task.Delay(pause, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex MenuName();

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram bot @{Username} is listening, from update {Offset}")]
    private partial void LogStarted(string username, int offset);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram {What} failed (attempt {Attempt}): {Reason}; trying again in {Seconds} s")]
    private partial void LogStartupRetry(string what, int attempt, double seconds, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Telegram rejected the bot token; check Telegram__BotToken")]
    private partial void LogBadToken();
}
