using System.Globalization;
using BriefingBot.Core.Chat;

namespace BriefingBot.Telegram.Updates;

/// <summary>The last handled update id, kept in the durable state store so a restart neither repeats nor skips one.</summary>
internal sealed class TelegramUpdateOffset(IBotStateStore state)
{
    private const string Key = "telegram:last-update-id";

    /// <summary>The first update id still to handle (Telegram's getUpdates offset); 0 when none was handled yet.</summary>
    public async Task<int> NextAsync(CancellationToken cancellationToken)
    {
        var stored = await state.GetAsync(Key, cancellationToken).ConfigureAwait(false);
        return int.TryParse(stored, NumberStyles.Integer, CultureInfo.InvariantCulture, out var last) ? last + 1 : 0;
    }

    public Task HandledAsync(int updateId, CancellationToken cancellationToken) =>
        state.SetAsync(Key, updateId.ToString(CultureInfo.InvariantCulture), cancellationToken);
}
