using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace BriefingBot.Telegram.Moderation;

/// <summary>
/// Decides who moderates: the configured user ids everywhere, and (when <see cref="TelegramOptions.ChatAdminsModerate"/>)
/// a group's administrators and creator in that group, asked of getChatMember and remembered briefly.
/// </summary>
internal sealed partial class TelegramModerators(
    ITelegramBotClient bot,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramModerators> logger)
{
    private readonly ConcurrentDictionary<(long Chat, long User), (bool IsAdmin, DateTimeOffset Until)> _admins = new();
    private readonly TelegramOptions _options = options.Value;

    public bool IsConfiguredModerator(long userId) => _options.Moderators.Contains(userId);

    public async Task<bool> IsModeratorAsync(long chatId, ChatType chatType, long userId, CancellationToken cancellationToken)
    {
        if (IsConfiguredModerator(userId))
        {
            return true;
        }

        if (chatType is ChatType.Private or ChatType.Sender || !_options.ChatAdminsModerate)
        {
            return false;
        }

        var now = time.GetUtcNow();
        if (_admins.TryGetValue((chatId, userId), out var known) && known.Until > now)
        {
            return known.IsAdmin;
        }

        bool isAdmin;
        try
        {
            var member = await bot.GetChatMember(chatId, userId, cancellationToken).ConfigureAwait(false);
            isAdmin = member.Status is ChatMemberStatus.Administrator or ChatMemberStatus.Creator;
        }
        catch (RequestException e)
        {
            // Without an answer nobody gets moderator rights from being an admin; configured moderators still do.
            LogLookupFailed(chatId, userId, e.Message);
            return false;
        }

        _admins[(chatId, userId)] = (isAdmin, now + _options.AdminCacheDuration);
        if (_admins.Count > 10_000)
        {
            foreach (var entry in _admins.Where(e => e.Value.Until <= now).ToList())
            {
                _admins.TryRemove(entry.Key, out _);
            }
        }

        return isAdmin;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ask Telegram whether user {UserId} administers chat {ChatId}: {Reason}")]
    private partial void LogLookupFailed(long chatId, long userId, string reason);
}
