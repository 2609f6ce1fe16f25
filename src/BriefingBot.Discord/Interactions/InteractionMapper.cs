using System.Globalization;
using System.Text.Json.Nodes;
using BriefingBot.Core.Chat;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Interactions;

/// <summary>Turns an interaction into our <see cref="ChatCommand"/>: who, where, moderator or not, arguments, attachment, quoted message.</summary>
public sealed class InteractionMapper(ModeratorPolicy policy, DiscordRestClient rest, IOptions<DiscordOptions> options)
{
    /// <summary>The platform name in <see cref="ChatAddress"/>.</summary>
    public const string Platform = "discord";

    private readonly DiscordOptions _options = options.Value;

    /// <summary>The command with its name and typed-out arguments, before any option is read.</summary>
    public ChatCommand Base(JsonObject interaction, string name, string arguments)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var channelId = interaction["channel_id"]?.GetValue<string>() ?? interaction["channel"]?["id"]?.GetValue<string>() ?? "";
        var kind = interaction["guild_id"] is null ? ChatKind.Private : ChatKind.Group;
        var user = (interaction["member"]?["user"] ?? interaction["user"]) as JsonObject;
        var sender = new ChatUser(
            user?["id"]?.GetValue<string>() ?? "",
            user?["global_name"]?.GetValue<string>() ?? user?["username"]?.GetValue<string>() ?? "someone");
        return new ChatCommand(new ChatAddress(Platform, channelId), kind, sender, policy.IsModerator(interaction), name, arguments);
    }

    /// <summary>
    /// Reads an application command (slash or message menu). Returns a reply instead when the input cannot be
    /// used (an attachment over the size limit).
    /// </summary>
    public async Task<(ChatCommand? Command, Reply? Problem)> FromApplicationCommandAsync(JsonObject interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var data = interaction["data"] as JsonObject ?? [];
        if (data["type"]?.GetValue<int>() == 3)
        {
            return (Base(interaction, "add", "") with { Quoted = Quoted(interaction, data) }, null);
        }

        var name = data["name"]?.GetValue<string>() ?? "";
        var options = data["options"] as JsonArray;
        var command = Base(interaction, name, DiscordCommandCatalog.Arguments(name, options));
        var attachmentId = options?.OfType<JsonObject>().FirstOrDefault(o => o["type"]?.GetValue<int>() == CommandOption.Attachment)?["value"]?.GetValue<string>();
        if (attachmentId is null || data["resolved"]?["attachments"]?[attachmentId] is not JsonObject attachment)
        {
            return (command, null);
        }

        // Only moderators may add; nobody else makes us download anything.
        if (!command.IsModerator)
        {
            return (command, null);
        }

        var size = attachment["size"]?.GetValue<long>() ?? 0;
        var fileName = attachment["filename"]?.GetValue<string>() ?? "attachment.txt";
        if (size > _options.MaxAttachmentBytes)
        {
            return (null, TooLarge(fileName));
        }

        var bytes = await rest.DownloadAsync(new Uri(attachment["url"]!.GetValue<string>()), _options.MaxAttachmentBytes, cancellationToken).ConfigureAwait(false);
        return bytes is null
            ? (null, TooLarge(fileName))
            : (command with { Attachment = new ChatAttachment(fileName, attachment["content_type"]?.GetValue<string>(), bytes) }, null);
    }

    private Reply TooLarge(string fileName) => Reply.Mistake(
        $"{fileName} is larger than {_options.MaxAttachmentBytes / 1024} KB, the most I read. Send a smaller file or the article's URL.",
        "/add url:https://example.org/article");

    private static QuotedMessage? Quoted(JsonObject interaction, JsonObject data)
    {
        var targetId = data["target_id"]?.GetValue<string>();
        if (targetId is null || data["resolved"]?["messages"]?[targetId] is not JsonObject message)
        {
            return null;
        }

        var author = message["author"] as JsonObject;
        var authorName = author?["global_name"]?.GetValue<string>() ?? author?["username"]?.GetValue<string>();
        var guild = interaction["guild_id"]?.GetValue<string>() ?? "@me";
        var link = $"https://discord.com/channels/{guild}/{message["channel_id"]?.GetValue<string>()}/{targetId}";
        DateTimeOffset? date = DateTimeOffset.TryParse(message["timestamp"]?.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var posted)
            ? posted
            : null;
        var source = authorName is null ? link : $"{authorName} on Discord ({link})";
        return new QuotedMessage(message["content"]?.GetValue<string>() ?? "", source, date);
    }
}
