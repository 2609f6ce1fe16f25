using System.Net;
using BriefingBot.Core.Chat;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Rest;

namespace BriefingBot.Discord;

/// <summary>
/// Posts unasked-for messages (digests) to a channel. Missing Access and Unknown Channel mean the bot can no
/// longer post there: the caller pauses that chat's subscriptions with the reason; rate limits and outages
/// that outlast the retries mean "try later".
/// </summary>
public sealed class DiscordOutbound(DiscordReplySender sender) : IChatOutbound
{
    /// <inheritdoc />
    public string Platform => "discord";

    /// <inheritdoc />
    public async Task<DeliveryOutcome> SendAsync(ChatAddress chat, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        try
        {
            await sender.PostAsync(chat.ChatId, reply, null, cancellationToken).ConfigureAwait(false);
            return DeliveryOutcome.Delivered;
        }
        catch (DiscordRestException ex) when (ex.IsTransient)
        {
            return DeliveryOutcome.RetryLater(ex.Message);
        }
        catch (DiscordRestException ex) when (ex.Code is 50001 or 10003 or 50013 or 50007 || ex.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            return DeliveryOutcome.ChatUnavailable(ex.Code switch
            {
                50001 => "Discord: Missing Access (the bot cannot see the channel)",
                10003 => "Discord: Unknown Channel (it was deleted)",
                50013 => "Discord: Missing Permissions (the bot may not post there)",
                _ => $"Discord: {ex.Message}",
            });
        }
    }
}
