using System.Text.Json.Nodes;
using BriefingBot.Core.Chat;

namespace BriefingBot.Discord.Interactions;

/// <summary>
/// The slash commands and the message menu command, their registration bodies, and the mapping from an
/// interaction's options back to the arguments a user would have typed.
/// </summary>
public static class DiscordCommandCatalog
{
    /// <summary>The message context-menu command; it runs <c>add</c> on the target message.</summary>
    public const string AddToBriefing = "Add to briefing";

    /// <summary>
    /// Manage Messages: who sees moderator commands by default (we check again ourselves). Sent as a number, as
    /// Discord's OpenAPI schema types it; the API accepts the documented string form too.
    /// </summary>
    public const long ManageMessages = 8192;

    private static readonly string[] s_days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    /// <summary>Every slash command we know how to offer.</summary>
    public static IReadOnlyList<SlashCommand> Commands { get; } =
    [
        new("help", "What I can do", []),
        new("who", "Who someone is: roles, aliases, meetings, sources", [new("name", CommandOption.String, "A person, organisation or country", Required: true, Autocomplete: true)]),
        new("meetings", "Meetings of someone or somewhere, or the planned ones", [new("name", CommandOption.String, "A name, a country, or 'planned'", Autocomplete: true)]),
        new("latest", "The newest articles", []),
        new("search", "Articles containing these words", [new("words", CommandOption.String, "Words to look for", Required: true)]),
        new("article", "One article's summary", [new("id", CommandOption.Integer, "The article number", Required: true)]),
        new("digest", "What is new since the last digest", []),
        new(
            "subscribe",
            "Get a digest here on a schedule",
            [
                new("frequency", CommandOption.String, "How often", Required: true, Choices: ["daily", "weekly"]),
                new("time", CommandOption.String, "Time of day, HH:mm (e.g. 08:00)", Required: true),
                new("day", CommandOption.String, "Day of the week, for weekly digests", Choices: s_days),
                new("timezone", CommandOption.String, "Time zone, e.g. Europe/Istanbul", Autocomplete: true),
                new("topic", CommandOption.String, "Only stories about this actor or country", Keyed: true),
            ],
            ArgumentOrder: ["frequency", "day", "time", "timezone", "topic"]),
        new("unsubscribe", "Stop a digest subscription", [new("id", CommandOption.String, "Which subscription (see /subscriptions); all when empty")]),
        new("subscriptions", "This chat's digest subscriptions", []),
        new("timezone", "Set this chat's time zone", [new("zone", CommandOption.String, "e.g. Europe/Istanbul", Required: true, Autocomplete: true)]),
        new(
            "add",
            "Add an article: paste text, give a URL or attach a file",
            [
                new("text", CommandOption.String, "The article's text"),
                new("url", CommandOption.String, "The article's address"),
                new("file", CommandOption.Attachment, "A text file with the article"),
            ],
            ModeratorsOnly: true),
        new("remove", "Remove an article and what only it supported", [new("id", CommandOption.Integer, "The article number", Required: true)], ModeratorsOnly: true),
    ];

    /// <summary>The bulk-overwrite body: the commands the router answers, plus the message menu when it answers <c>add</c>.</summary>
    public static JsonArray RegistrationBody(IReadOnlyList<CommandInfo> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        var infos = known.ToDictionary(i => i.Name, StringComparer.OrdinalIgnoreCase);
        var body = new JsonArray();
        foreach (var command in Commands.Where(c => infos.ContainsKey(c.Name)))
        {
            var description = infos[command.Name].Description is { Length: > 0 and <= 100 } d ? d : command.Description;
            var json = new JsonObject
            {
                ["name"] = command.Name,
                ["type"] = 1,
                ["description"] = description,
                ["options"] = new JsonArray([.. command.Options.Select(OptionJson)]),
            };
            if (command.ModeratorsOnly)
            {
                json["default_member_permissions"] = ManageMessages;
            }

            body.Add(json);
        }

        if (infos.ContainsKey("add"))
        {
            body.Add(new JsonObject { ["name"] = AddToBriefing, ["type"] = 3, ["default_member_permissions"] = ManageMessages });
        }

        return body;
    }

    /// <summary>The arguments a user would have typed: bare values in order, keyed ones as <c>name:value</c>.</summary>
    public static string Arguments(string commandName, JsonArray? options)
    {
        var command = Commands.FirstOrDefault(c => c.Name == commandName);
        if (command is null || options is null)
        {
            return "";
        }

        var given = options.OfType<JsonObject>()
            .Where(o => o["value"] is not null)
            .ToDictionary(o => o["name"]!.GetValue<string>(), o => ValueText(o["value"]!), StringComparer.Ordinal);
        var order = command.ArgumentOrder ?? [.. command.Options.Select(o => o.Name)];
        var parts = new List<string>();
        foreach (var name in order)
        {
            var option = command.Options.First(o => o.Name == name);
            if (option.Type == CommandOption.Attachment || !given.TryGetValue(name, out var value) || value.Length == 0)
            {
                continue;
            }

            parts.Add(option.Keyed ? $"{name}:{value}" : value);
        }

        // /add takes one thing to read: a URL when given, else the text.
        if (commandName == "add" && given.TryGetValue("url", out var url) && url.Length > 0)
        {
            return url;
        }

        return string.Join(' ', parts);
    }

    private static string ValueText(JsonNode value) => value.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.String => value.GetValue<string>().Trim(),
        System.Text.Json.JsonValueKind.Number => value.ToJsonString(),
        _ => value.ToJsonString(),
    };

    private static JsonNode OptionJson(CommandOption option)
    {
        var json = new JsonObject
        {
            ["type"] = option.Type,
            ["name"] = option.Name,
            ["description"] = option.Description,
            ["required"] = option.Required,
        };
        if (option.Autocomplete)
        {
            json["autocomplete"] = true;
        }

        if (option.Choices is { } choices)
        {
            json["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["name"] = c, ["value"] = c })]);
        }

        if (option.Type == CommandOption.Integer)
        {
            json["min_value"] = 1;
        }

        return json;
    }
}
