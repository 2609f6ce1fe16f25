using System.Text.Json.Nodes;
using BriefingBot.Core.Chat;
using BriefingBot.Discord.Interactions;
using BriefingBot.Discord.Rest;

namespace BriefingBot.Discord.Rendering;

/// <summary>Sends rendered replies: as an interaction's answer (callback, deferral, edit, follow-ups) or to a channel.</summary>
public sealed class DiscordReplySender(DiscordRestClient rest, ButtonCommands buttons, Microsoft.Extensions.Options.IOptions<DiscordOptions> options)
{
    /// <summary>CHANNEL_MESSAGE_WITH_SOURCE.</summary>
    public const int MessageCallback = 4;

    /// <summary>DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE: "thinking…", answered later by editing the original.</summary>
    public const int DeferredCallback = 5;

    /// <summary>APPLICATION_COMMAND_AUTOCOMPLETE_RESULT.</summary>
    public const int AutocompleteCallback = 8;

    /// <summary>The reply's messages, with a custom_id for each button.</summary>
    public async Task<IReadOnlyList<JsonObject>> RenderAsync(Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var ids = new List<string>();
        foreach (var button in reply.Buttons.Take(25))
        {
            ids.Add(await buttons.IdForAsync(button.Command, cancellationToken).ConfigureAwait(false));
        }

        return DiscordMessageRenderer.Render(reply, ids);
    }

    /// <summary>Tells Discord an answer is coming (must happen within three seconds of the interaction).</summary>
    public Task DeferAsync(JsonObject interaction, CancellationToken cancellationToken) =>
        rest.CreateInteractionResponseAsync(Id(interaction), Token(interaction), new JsonObject { ["type"] = DeferredCallback }, cancellationToken);

    /// <summary>Answers an interaction: the first message as the callback (or the edit of a deferred one), the rest as follow-ups.</summary>
    public async Task RespondAsync(JsonObject interaction, Reply reply, bool deferred, CancellationToken cancellationToken)
    {
        var messages = await RenderAsync(reply, cancellationToken).ConfigureAwait(false);
        var application = interaction["application_id"]?.GetValue<string>() ?? options.Value.ApplicationId!;
        if (deferred)
        {
            // The deferred message's visibility was fixed when it was deferred; an edit cannot change it.
            var first = messages[0].DeepClone().AsObject();
            first.Remove("flags");
            await rest.EditOriginalResponseAsync(application, Token(interaction), first, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await rest.CreateInteractionResponseAsync(
                Id(interaction), Token(interaction), new JsonObject { ["type"] = MessageCallback, ["data"] = messages[0] }, cancellationToken).ConfigureAwait(false);
        }

        foreach (var message in messages.Skip(1))
        {
            await rest.CreateFollowupAsync(application, Token(interaction), message, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Offers autocomplete choices.</summary>
    public Task AutocompleteAsync(JsonObject interaction, JsonArray choices, CancellationToken cancellationToken) =>
        rest.CreateInteractionResponseAsync(
            Id(interaction), Token(interaction), new JsonObject { ["type"] = AutocompleteCallback, ["data"] = new JsonObject { ["choices"] = choices } }, cancellationToken);

    /// <summary>Posts a reply to a channel, optionally as a reply to one of its messages.</summary>
    /// <exception cref="DiscordRestException">Discord refused, or stayed unreachable.</exception>
    public async Task PostAsync(string channelId, Reply reply, string? replyToMessageId, CancellationToken cancellationToken)
    {
        var messages = await RenderAsync(reply with { Private = false }, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < messages.Count; i++)
        {
            if (i == 0 && replyToMessageId is not null)
            {
                messages[i]["message_reference"] = new JsonObject { ["message_id"] = replyToMessageId, ["fail_if_not_exists"] = false };
            }

            await rest.CreateMessageAsync(channelId, messages[i], cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Id(JsonObject interaction) => interaction["id"]!.GetValue<string>();

    private static string Token(JsonObject interaction) => interaction["token"]!.GetValue<string>();
}
