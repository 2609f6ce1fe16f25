using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BriefingBot.Telegram.Tests.Fakes;

/// <summary>A sendMessage or editMessageText the bot made, as the fake server received it.</summary>
public sealed partial record SentMessage(string Method, long ChatId, int MessageId, string Text, string? ParseMode, JsonNode? ReplyMarkup)
{
    /// <summary>The message this one answers (reply_parameters), if any.</summary>
    public int? ReplyTo { get; init; }

    /// <summary>What the user sees: tags removed, entities decoded.</summary>
    public string Visible => string.Equals(ParseMode, "HTML", StringComparison.OrdinalIgnoreCase) ? WebUtility.HtmlDecode(Tag().Replace(Text, "")) : Text;

    /// <summary>The callback data of every inline button, in order.</summary>
    public IReadOnlyList<string> ButtonData =>
        ReplyMarkup?["inline_keyboard"]?.AsArray().SelectMany(row => row!.AsArray()).Select(b => (string)b!["callback_data"]!).ToList() ?? [];

    public IReadOnlyList<string> ButtonLabels =>
        ReplyMarkup?["inline_keyboard"]?.AsArray().SelectMany(row => row!.AsArray()).Select(b => (string)b!["text"]!).ToList() ?? [];

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
