using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Interactions;

/// <summary>
/// Decides on our side who moderates: Manage Messages, Manage Server or Administrator in the member's
/// permissions, or a configured user or role. Discord's default_member_permissions only hides commands;
/// a server admin can change it, so it is never trusted alone.
/// </summary>
public sealed class ModeratorPolicy(IOptions<DiscordOptions> options)
{
    /// <summary>ADMINISTRATOR.</summary>
    public const ulong Administrator = 1UL << 3;

    /// <summary>MANAGE_GUILD.</summary>
    public const ulong ManageGuild = 1UL << 5;

    /// <summary>MANAGE_MESSAGES.</summary>
    public const ulong ManageMessages = 1UL << 13;

    private readonly DiscordOptions _options = options.Value;

    /// <summary>From an interaction: its <c>member.permissions</c> (resolved for the channel) or configuration.</summary>
    public bool IsModerator(JsonObject interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var member = interaction["member"] as JsonObject;
        var userId = (member?["user"] ?? interaction["user"])?["id"]?.GetValue<string>();
        if (IsConfigured(userId, member))
        {
            return true;
        }

        return member?["permissions"]?.GetValue<string>() is { } text
            && ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var permissions)
            && Grants(permissions);
    }

    /// <summary>Whether a user (or one of the member's roles) is named in configuration.</summary>
    public bool IsConfigured(string? userId, JsonObject? member)
    {
        if (userId is not null && _options.ModeratorUserIds.Contains(userId))
        {
            return true;
        }

        return member?["roles"] is JsonArray roles
            && roles.Any(r => r is not null && _options.ModeratorRoleIds.Contains(r.GetValue<string>()));
    }

    /// <summary>Whether a permission set makes someone a moderator.</summary>
    public static bool Grants(ulong permissions) => (permissions & (Administrator | ManageGuild | ManageMessages)) != 0;
}
