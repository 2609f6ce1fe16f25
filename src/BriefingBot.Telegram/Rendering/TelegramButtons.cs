using System.Security.Cryptography;
using System.Text;
using BriefingBot.Core.Chat;
using Telegram.Bot.Types.ReplyMarkups;

namespace BriefingBot.Telegram.Rendering;

/// <summary>
/// Reply buttons as an inline keyboard. Telegram allows 64 bytes of callback data: a command that fits travels
/// as itself ("/who Sergei Shoigu"); a longer one gets a short token kept in the durable state store, so the
/// button still works after a restart.
/// </summary>
internal sealed class TelegramButtons(IBotStateStore state)
{
    private const int CallbackDataLimit = 64;
    private const string TokenPrefix = "#";
    private const string KeyPrefix = "telegram:button:";

    public async Task<InlineKeyboardMarkup?> KeyboardAsync(IReadOnlyList<ReplyButton> buttons, CancellationToken cancellationToken)
    {
        if (buttons.Count == 0)
        {
            return null;
        }

        var rows = new List<InlineKeyboardButton[]>();
        foreach (var button in buttons)
        {
            var data = await CallbackDataAsync(button.Command, cancellationToken).ConfigureAwait(false);
            rows.Add([InlineKeyboardButton.WithCallbackData(Label(button.Label), data)]);
        }

        return new InlineKeyboardMarkup(rows);
    }

    /// <summary>The command a pressed button runs, or null for data this bot never made (or forgot).</summary>
    public async Task<string?> CommandAsync(string? data, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(data))
        {
            return null;
        }

        if (data.StartsWith('/'))
        {
            return data;
        }

        return data.StartsWith(TokenPrefix, StringComparison.Ordinal)
            ? await state.GetAsync(KeyPrefix + data[TokenPrefix.Length..], cancellationToken).ConfigureAwait(false)
            : null;
    }

    private async Task<string> CallbackDataAsync(string command, CancellationToken cancellationToken)
    {
        if (Encoding.UTF8.GetByteCount(command) <= CallbackDataLimit)
        {
            return command;
        }

        // The same command always gets the same token, so repeated answers do not pile up entries.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(command));
        var token = Convert.ToBase64String(hash, 0, 12).Replace('+', '-').Replace('/', '_');
        await state.SetAsync(KeyPrefix + token, command, cancellationToken).ConfigureAwait(false);
        return TokenPrefix + token;
    }

    // Button labels are plain text (no parse mode) and Telegram cuts long ones anyway; keep them readable.
    private static string Label(string label) => label.Length <= 60 ? label : label[..59] + "…";
}
