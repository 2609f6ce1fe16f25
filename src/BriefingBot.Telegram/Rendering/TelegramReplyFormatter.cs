using BriefingBot.Core.Chat;
using BriefingBot.Telegram.Delivery;

namespace BriefingBot.Telegram.Rendering;

/// <summary>A reply as the Telegram messages that carry it: HTML split to the limit, the buttons under the last one.</summary>
internal sealed class TelegramReplyFormatter(TelegramButtons buttons)
{
    public async Task<IReadOnlyList<TelegramMessage>> FormatAsync(Reply reply, CancellationToken cancellationToken)
    {
        var html = TelegramReplyRenderer.Render(reply);
        var keyboard = await buttons.KeyboardAsync(reply.Buttons, cancellationToken).ConfigureAwait(false);
        var messages = new List<TelegramMessage>(html.Count);
        for (var i = 0; i < html.Count; i++)
        {
            messages.Add(new TelegramMessage(html[i], i == html.Count - 1 ? keyboard : null));
        }

        return messages;
    }
}
