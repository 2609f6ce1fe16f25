using System.Text.Json.Nodes;

namespace BriefingBot.Discord.Tests.Fakes;

/// <summary>INTERACTION_CREATE payloads as Discord sends them.</summary>
public static class Payloads
{
    public const string GuildId = "2000";
    public const string ChannelId = "3000";

    /// <summary>Manage Messages.</summary>
    public const string ModeratorPermissions = "8192";

    /// <summary>Send Messages and Read Message History only.</summary>
    public const string MemberPermissions = "68608";

    private static int s_next = 900000;

    public static JsonObject Slash(string name, JsonArray? options = null, string permissions = MemberPermissions, JsonObject? resolved = null) =>
        Interaction(2, new JsonObject { ["id"] = "60" + name.Length, ["name"] = name, ["type"] = 1, ["options"] = options ?? [], ["resolved"] = resolved }, permissions);

    public static JsonObject Autocomplete(string name, string option, string typed) =>
        Interaction(4, new JsonObject
        {
            ["id"] = "61",
            ["name"] = name,
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = option, ["type"] = 3, ["value"] = typed, ["focused"] = true }),
        });

    public static JsonObject MessageMenu(JsonObject target, string permissions = ModeratorPermissions) =>
        Interaction(2, new JsonObject
        {
            ["id"] = "62",
            ["name"] = "Add to briefing",
            ["type"] = 3,
            ["target_id"] = target["id"]!.GetValue<string>(),
            ["resolved"] = new JsonObject { ["messages"] = new JsonObject { [target["id"]!.GetValue<string>()] = target } },
        }, permissions);

    public static JsonObject Button(string customId) =>
        Interaction(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 });

    public static JsonArray Options(params (string Name, JsonNode Value)[] options) =>
        new([.. options.Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["type"] = o.Value.GetValueKind() == System.Text.Json.JsonValueKind.Number ? 4 : 3, ["value"] = o.Value })]);

    private static JsonObject Interaction(int type, JsonObject data, string permissions = MemberPermissions)
    {
        var id = Interlocked.Increment(ref s_next).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["id"] = id,
            ["application_id"] = "1000",
            ["type"] = type,
            ["token"] = "itoken" + id,
            ["version"] = 1,
            ["guild_id"] = GuildId,
            ["channel_id"] = ChannelId,
            ["data"] = data,
            ["member"] = new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = "42", ["username"] = "reader", ["global_name"] = "Reader" },
                ["roles"] = new JsonArray(),
                ["permissions"] = permissions,
            },
        };
    }
}
