using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Discord;

/// <summary>The <c>Discord</c> configuration section. The adapter runs only when <see cref="BotToken"/> is set.</summary>
public sealed class DiscordOptions : IValidatableObject
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Discord";

    /// <summary>The bot's token (environment variable <c>Discord__BotToken</c>); never logged.</summary>
    public string? BotToken { get; set; }

    /// <summary>The application's id (Developer Portal, General Information).</summary>
    public string? ApplicationId { get; set; }

    /// <summary>When set, commands are registered in this server only (instant, for testing); otherwise globally.</summary>
    public string? GuildId { get; set; }

    /// <summary>Channels where every moderator message is taken as an article (needs the MESSAGE_CONTENT intent).</summary>
    public List<string> IntakeChannelIds { get; set; } = [];

    /// <summary>Users who moderate everywhere, whatever their server permissions.</summary>
    public List<string> ModeratorUserIds { get; set; } = [];

    /// <summary>Roles whose members moderate.</summary>
    public List<string> ModeratorRoleIds { get; set; } = [];

    /// <summary>Every REST route is appended to this.</summary>
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>When set, the gateway is reached here instead of asking <c>GET /gateway/bot</c>.</summary>
    public string? GatewayUrl { get; set; }

    /// <summary>Largest attachment /add downloads.</summary>
    [Range(1, 100 * 1024 * 1024)]
    public int MaxAttachmentBytes { get; set; } = 1024 * 1024;

    /// <summary>How long a REST request may take before it is retried.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often a failing REST request (5xx, timeout, 429) is tried again before giving up.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Whether the adapter is configured to run.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(ApplicationId) || !ulong.TryParse(ApplicationId, out _))
        {
            yield return new ValidationResult("Discord:ApplicationId must be the application's numeric id when Discord:BotToken is set.", [nameof(ApplicationId)]);
        }

        if (!string.IsNullOrWhiteSpace(GuildId) && !ulong.TryParse(GuildId, out _))
        {
            yield return new ValidationResult("Discord:GuildId must be a numeric server id.", [nameof(GuildId)]);
        }

        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult("Discord:ApiBaseUrl must be an absolute http(s) URL.", [nameof(ApiBaseUrl)]);
        }

        if (!string.IsNullOrWhiteSpace(GatewayUrl)
            && (!Uri.TryCreate(GatewayUrl, UriKind.Absolute, out var gateway) || (gateway.Scheme != "wss" && gateway.Scheme != "ws")))
        {
            yield return new ValidationResult("Discord:GatewayUrl must be an absolute ws(s) URL.", [nameof(GatewayUrl)]);
        }

        foreach (var id in IntakeChannelIds.Concat(ModeratorUserIds).Concat(ModeratorRoleIds))
        {
            if (!ulong.TryParse(id, out _))
            {
                yield return new ValidationResult($"Discord: '{id}' is not a numeric id (IntakeChannelIds, ModeratorUserIds, ModeratorRoleIds).");
            }
        }
    }
}
