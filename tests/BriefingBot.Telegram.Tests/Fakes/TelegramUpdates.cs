using System.Text.Json.Nodes;

namespace BriefingBot.Telegram.Tests.Fakes;

/// <summary>Builds the JSON of incoming updates as Telegram sends them.</summary>
public static class TelegramUpdates
{
    public static JsonObject PrivateChat(long id) => new() { ["id"] = id, ["type"] = "private", ["first_name"] = "Ada" };

    public static JsonObject Group(long id, string type = "supergroup") => new() { ["id"] = id, ["type"] = type, ["title"] = "World news desk" };

    public static JsonObject User(long id, string firstName = "Ada") => new() { ["id"] = id, ["is_bot"] = false, ["first_name"] = firstName };

    public static JsonObject Message(JsonObject chat, long fromId, string? text, int messageId = 1, DateTimeOffset? date = null)
    {
        var message = new JsonObject
        {
            ["message_id"] = messageId,
            ["date"] = (date ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds(),
            ["chat"] = chat.DeepClone(),
            ["from"] = User(fromId),
        };
        if (text is not null)
        {
            message["text"] = text;
            if (text.StartsWith('/'))
            {
                var length = text.IndexOfAny([' ', '\n']) is var end and > 0 ? end : text.Length;
                message["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = length });
            }
        }

        return message;
    }

    public static JsonObject Callback(JsonObject chat, long fromId, int messageId, string data) => new()
    {
        ["id"] = Guid.NewGuid().ToString("N"),
        ["from"] = User(fromId),
        ["chat_instance"] = "1",
        ["data"] = data,
        ["message"] = new JsonObject
        {
            ["message_id"] = messageId,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = chat.DeepClone(),
            ["text"] = "earlier answer",
        },
    };
}
