using System.Text.Json.Nodes;

namespace BriefingBot.Discord.Rest;

/// <summary>The calls the bot makes, each a thin typed wrapper over <see cref="DiscordRestClient.SendAsync"/>.</summary>
public static class DiscordRoutes
{
    /// <summary><c>GET /gateway/bot</c>: where to connect and how many sessions may start.</summary>
    public static Task<JsonNode?> GetGatewayBotAsync(this DiscordRestClient client, CancellationToken cancellationToken) =>
        Client(client).SendAsync(new RestRoute(HttpMethod.Get, "/gateway/bot", "/gateway/bot", ""), null, cancellationToken);

    /// <summary><c>POST /channels/{id}/messages</c>.</summary>
    public static Task<JsonNode?> CreateMessageAsync(this DiscordRestClient client, string channelId, JsonObject message, CancellationToken cancellationToken) =>
        Client(client).SendAsync(
            new RestRoute(HttpMethod.Post, "/channels/{channel_id}/messages", $"/channels/{channelId}/messages", channelId), message, cancellationToken);

    /// <summary><c>POST /interactions/{id}/{token}/callback</c>: the first answer to an interaction.</summary>
    public static Task<JsonNode?> CreateInteractionResponseAsync(
        this DiscordRestClient client, string interactionId, string token, JsonObject response, CancellationToken cancellationToken) =>
        Client(client).SendAsync(
            new RestRoute(HttpMethod.Post, "/interactions/{interaction_id}/{interaction_token}/callback", $"/interactions/{interactionId}/{token}/callback", interactionId),
            response,
            cancellationToken);

    /// <summary><c>PATCH /webhooks/{application}/{token}/messages/@original</c>: edits a (deferred) answer.</summary>
    public static Task<JsonNode?> EditOriginalResponseAsync(
        this DiscordRestClient client, string applicationId, string token, JsonObject message, CancellationToken cancellationToken) =>
        Client(client).SendAsync(
            new RestRoute(HttpMethod.Patch, "/webhooks/{webhook_id}/{webhook_token}/messages/@original", $"/webhooks/{applicationId}/{token}/messages/@original", token),
            message,
            cancellationToken);

    /// <summary><c>POST /webhooks/{application}/{token}</c>: a follow-up message to an interaction.</summary>
    public static Task<JsonNode?> CreateFollowupAsync(
        this DiscordRestClient client, string applicationId, string token, JsonObject message, CancellationToken cancellationToken) =>
        Client(client).SendAsync(
            new RestRoute(HttpMethod.Post, "/webhooks/{webhook_id}/{webhook_token}", $"/webhooks/{applicationId}/{token}", token), message, cancellationToken);

    /// <summary><c>PUT /applications/{id}[/guilds/{guild}]/commands</c>: replaces every registered command.</summary>
    public static Task<JsonNode?> BulkOverwriteCommandsAsync(
        this DiscordRestClient client, string applicationId, string? guildId, JsonArray commands, CancellationToken cancellationToken) =>
        Client(client).SendAsync(
            guildId is null
                ? new RestRoute(HttpMethod.Put, "/applications/{application_id}/commands", $"/applications/{applicationId}/commands", applicationId)
                : new RestRoute(
                    HttpMethod.Put, "/applications/{application_id}/guilds/{guild_id}/commands", $"/applications/{applicationId}/guilds/{guildId}/commands", guildId),
            commands,
            cancellationToken);

    /// <summary><c>GET /guilds/{id}/roles</c>: to work out a member's permissions for intake messages.</summary>
    public static Task<JsonNode?> GetGuildRolesAsync(this DiscordRestClient client, string guildId, CancellationToken cancellationToken) =>
        Client(client).SendAsync(new RestRoute(HttpMethod.Get, "/guilds/{guild_id}/roles", $"/guilds/{guildId}/roles", guildId), null, cancellationToken);

    private static DiscordRestClient Client(DiscordRestClient client) => client ?? throw new ArgumentNullException(nameof(client));
}
