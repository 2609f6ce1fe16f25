using System.Text;
using System.Text.Json.Nodes;

namespace BriefingBot.Discord.Rendering;

/// <summary>One embed being filled within Discord's limits (256 title, 4,096 description, 25 fields).</summary>
internal sealed class EmbedDraft(string? title)
{
    public const int TitleLimit = 256;
    public const int DescriptionLimit = 4096;
    public const int FieldLimit = 25;
    public const int FieldNameLimit = 256;
    public const int FieldValueLimit = 1024;

    /// <summary>A message's embeds together may hold 6,000 characters, so one embed may not hold more.</summary>
    public const int SizeLimit = 6000;

    private readonly StringBuilder _description = new();
    private readonly List<(string Name, string Value)> _fields = [];

    public string? Title { get; } = title is null ? null : Truncate(title, TitleLimit);

    public bool IsEmpty => _description.Length == 0 && _fields.Count == 0;

    public bool HasContent => !IsEmpty || Title is not null;

    /// <summary>Characters counted against the 6,000 per message.</summary>
    public int Size => (Title?.Length ?? 0) + _description.Length + _fields.Sum(f => f.Name.Length + f.Value.Length);

    public bool TryAppendLine(string line)
    {
        var needed = line.Length + (_description.Length > 0 ? 1 : 0);
        if (_description.Length + needed > DescriptionLimit || Size + needed > SizeLimit)
        {
            return false;
        }

        if (_description.Length > 0)
        {
            _description.Append('\n');
        }

        _description.Append(line);
        return true;
    }

    public bool TryAddField(string name, string value)
    {
        var field = (Name: Truncate(name.Length == 0 ? "\u200B" : name, FieldNameLimit), Value: Truncate(value.Length == 0 ? "\u200B" : value, FieldValueLimit));
        if (_fields.Count >= FieldLimit || Size + field.Name.Length + field.Value.Length > SizeLimit)
        {
            return false;
        }

        _fields.Add(field);
        return true;
    }

    public JsonObject ToJson(int color)
    {
        var embed = new JsonObject();
        if (Title is not null)
        {
            embed["title"] = Title;
        }

        if (_description.Length > 0)
        {
            embed["description"] = _description.ToString();
        }

        if (_fields.Count > 0)
        {
            embed["fields"] = new JsonArray([.. _fields.Select(f => (JsonNode)new JsonObject { ["name"] = f.Name, ["value"] = f.Value, ["inline"] = false })]);
        }

        embed["color"] = color;
        return embed;
    }

    private static string Truncate(string text, int limit)
    {
        if (text.Length <= limit)
        {
            return text;
        }

        var cut = limit - 1;
        while (cut > 0 && (text[cut - 1] == '\\' || char.IsHighSurrogate(text[cut - 1])))
        {
            cut--;
        }

        return text[..cut] + "…";
    }
}
