using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace BriefingBot.Telegram.Tests.Fakes;

public sealed partial class FakeBotApi
{
    private JsonNode? Message(string method, JsonObject body, out JsonNode? problem)
    {
        problem = null;
        var chatId = TryChatId(body, out var id) ? id : 0;
        var text = (string?)body["text"] ?? "";
        var parseMode = (string?)body["parse_mode"];
        if (string.Equals(parseMode, "HTML", StringComparison.OrdinalIgnoreCase) && TelegramHtmlChecker.Check(text) is { } error)
        {
            problem = JsonValue.Create(error);
            return null;
        }

        var visible = new SentMessage(method, chatId, 0, text, parseMode, null).Visible;
        if (visible.Length > 4096 || text.Length == 0)
        {
            problem = JsonValue.Create(text.Length == 0 ? "Bad Request: message text is empty" : "Bad Request: message is too long");
            return null;
        }

        int messageId;
        lock (_gate)
        {
            messageId = method == "editMessageText" ? (int)body["message_id"]! : _nextMessageId++;
            _sent.Add(new SentMessage(method, chatId, messageId, text, parseMode, body["reply_markup"]?.DeepClone()) { ReplyTo = (int?)body["reply_parameters"]?["message_id"] });
        }

        return new JsonObject
        {
            ["message_id"] = messageId,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatId < 0 ? "supergroup" : "private" },
            ["from"] = new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Briefing" },
            ["text"] = new SentMessage(method, chatId, messageId, text, parseMode, null).Visible,
        };
    }

    private JsonObject Member(JsonObject body)
    {
        TryChatId(body, out var chatId);
        var userId = (long)body["user_id"]!;
        string status;
        lock (_gate)
        {
            status = _members.GetValueOrDefault((chatId, userId), "member");
        }

        var member = new JsonObject
        {
            ["status"] = status,
            ["user"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "User" },
        };
        if (status == "administrator")
        {
            member["can_be_edited"] = false;
            member["is_anonymous"] = false;
        }

        return member;
    }

    private JsonObject File(JsonObject body)
    {
        var fileId = (string)body["file_id"]!;
        int size;
        lock (_gate)
        {
            size = _files.TryGetValue(fileId, out var content) ? content.Length : 0;
        }

        return new JsonObject
        {
            ["file_id"] = fileId,
            ["file_unique_id"] = "u" + fileId,
            ["file_size"] = size,
            ["file_path"] = $"documents/{fileId}.txt",
        };
    }

    private static bool TryChatId(JsonObject body, out long chatId)
    {
        chatId = 0;
        return body["chat_id"] is JsonValue value
            && (value.TryGetValue(out chatId) || (value.TryGetValue<string>(out var text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out chatId)));
    }

    private static async Task<JsonObject> ReadBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            var fields = new JsonObject();
            foreach (var (key, value) in form)
            {
                fields[key] = long.TryParse(value, out var number) ? number : (JsonNode?)value.ToString();
            }

            return fields;
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        return string.IsNullOrWhiteSpace(text) ? [] : JsonNode.Parse(text)!.AsObject();
    }

    private static Task Error(HttpContext context, int code, string description, JsonObject? parameters = null)
    {
        context.Response.StatusCode = code;
        var error = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (parameters is not null)
        {
            error["parameters"] = parameters.DeepClone();
        }

        return context.Response.WriteAsync(error.ToJsonString());
    }

    private sealed record Failure(int Code, string Description, JsonObject? Parameters);
}
