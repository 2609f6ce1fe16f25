using System.Globalization;
using System.Text.Json.Nodes;
using BriefingBot.Core.Chat;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Interactions;

/// <summary>
/// In the configured intake channels every message a moderator posts is an article: it runs <c>add</c> with
/// the message's text (or first attachment) and answers with the receipt as a reply. Others' messages are ignored.
/// </summary>
public sealed partial class IntakeMessageHandler(
    ChatCommandRouter router,
    ModeratorPolicy moderators,
    DiscordRestClient rest,
    DiscordReplySender sender,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<IntakeMessageHandler> logger)
{
    private static readonly TimeSpan s_rolesCacheLifetime = TimeSpan.FromMinutes(5);
    private readonly DiscordOptions _options = options.Value;
    private readonly Dictionary<string, (DateTimeOffset Fetched, Dictionary<string, ulong> Roles)> _roles = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _rolesLock = new(1, 1);

    /// <summary>Handles a MESSAGE_CREATE payload; failures are logged, never thrown.</summary>
    public async Task HandleAsync(JsonObject message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var channelId = message["channel_id"]?.GetValue<string>();
        var guildId = message["guild_id"]?.GetValue<string>();
        var author = message["author"] as JsonObject;
        if (channelId is null || guildId is null || author is null || !_options.IntakeChannelIds.Contains(channelId)
            || author["bot"]?.GetValue<bool>() == true || message["webhook_id"] is not null)
        {
            return;
        }

        try
        {
            var member = message["member"] as JsonObject;
            var userId = author["id"]!.GetValue<string>();
            if (!moderators.IsConfigured(userId, member) && !await HasModeratorRoleAsync(guildId, member, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            var user = new ChatUser(userId, author["global_name"]?.GetValue<string>() ?? author["username"]?.GetValue<string>() ?? "someone");
            var command = new ChatCommand(new ChatAddress(InteractionMapper.Platform, channelId), ChatKind.Group, user, true, "add", message["content"]?.GetValue<string>()?.Trim() ?? "");
            if (message["attachments"] is JsonArray { Count: > 0 } attachments && attachments[0] is JsonObject attachment
                && (attachment["size"]?.GetValue<long>() ?? long.MaxValue) <= _options.MaxAttachmentBytes)
            {
                var bytes = await rest.DownloadAsync(new Uri(attachment["url"]!.GetValue<string>()), _options.MaxAttachmentBytes, cancellationToken).ConfigureAwait(false);
                if (bytes is not null)
                {
                    command = command with { Attachment = new ChatAttachment(attachment["filename"]?.GetValue<string>() ?? "attachment.txt", attachment["content_type"]?.GetValue<string>(), bytes) };
                }
            }

            if (command.Arguments.Length == 0 && command.Attachment is null)
            {
                return;
            }

            var reply = await router.HandleAsync(command, cancellationToken).ConfigureAwait(false);
            await sender.PostAsync(channelId, reply, message["id"]?.GetValue<string>(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(ex, channelId);
        }
    }

    // MESSAGE_CREATE carries the member's roles but not their permissions: add up the roles' permissions.
    private async Task<bool> HasModeratorRoleAsync(string guildId, JsonObject? member, CancellationToken cancellationToken)
    {
        if (member?["roles"] is not JsonArray memberRoles)
        {
            return false;
        }

        var roles = await RolesAsync(guildId, cancellationToken).ConfigureAwait(false);
        var permissions = roles.GetValueOrDefault(guildId);
        foreach (var role in memberRoles)
        {
            permissions |= roles.GetValueOrDefault(role?.GetValue<string>() ?? "");
        }

        return ModeratorPolicy.Grants(permissions);
    }

    private async Task<Dictionary<string, ulong>> RolesAsync(string guildId, CancellationToken cancellationToken)
    {
        await _rolesLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_roles.TryGetValue(guildId, out var cached) && time.GetUtcNow() - cached.Fetched < s_rolesCacheLifetime)
            {
                return cached.Roles;
            }

            var roles = new Dictionary<string, ulong>(StringComparer.Ordinal);
            if (await rest.GetGuildRolesAsync(guildId, cancellationToken).ConfigureAwait(false) is JsonArray list)
            {
                foreach (var role in list.OfType<JsonObject>())
                {
                    _ = ulong.TryParse(role["permissions"]?.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture, out var bits);
                    roles[role["id"]!.GetValue<string>()] = bits;
                }
            }

            _roles[guildId] = (time.GetUtcNow(), roles);
            return roles;
        }
        finally
        {
            _rolesLock.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Failed to take an article from intake channel {ChannelId}")]
    private partial void LogFailed(Exception exception, string channelId);
}
