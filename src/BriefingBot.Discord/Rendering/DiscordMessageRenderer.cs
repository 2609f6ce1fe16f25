using System.Text.Json.Nodes;
using BriefingBot.Core.Chat;

namespace BriefingBot.Discord.Rendering;

/// <summary>
/// Renders a <see cref="Reply"/> as Discord message bodies: cards and lists as embeds, plain answers as
/// content, split across messages to stay within Discord's limits, buttons as components on the last one.
/// Every message carries <c>allowed_mentions</c> with nothing to parse, so no reply pings anyone.
/// </summary>
public static class DiscordMessageRenderer
{
    /// <summary>Characters of content per message.</summary>
    public const int ContentLimit = 2000;

    /// <summary>Characters of all embeds of one message together.</summary>
    public const int MessageEmbedLimit = 6000;

    /// <summary>Embeds per message.</summary>
    public const int EmbedsPerMessage = 10;

    /// <summary>The ephemeral message flag.</summary>
    public const int EphemeralFlag = 1 << 6;

    private const int Accent = 0x2B6CB0;
    private const int ErrorColor = 0xC53030;

    /// <summary>Renders <paramref name="reply"/>; <paramref name="buttonIds"/> gives each button's custom_id, in order.</summary>
    public static IReadOnlyList<JsonObject> Render(Reply reply, IReadOnlyList<string> buttonIds)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(buttonIds);
        var messages = reply.Blocks.Any(b => b is HeadingBlock or FieldBlock) ? EmbedMessages(reply) : ContentMessages(reply);
        if (messages.Count == 0)
        {
            messages.Add(new JsonObject { ["content"] = "\u200B" });
        }

        foreach (var message in messages)
        {
            message["allowed_mentions"] = NoMentions();
            if (reply.Private)
            {
                message["flags"] = EphemeralFlag;
            }
        }

        if (reply.Buttons.Count > 0)
        {
            messages[^1]["components"] = Components(reply.Buttons, buttonIds);
        }

        return messages;
    }

    /// <summary><c>allowed_mentions</c> that lets nothing ping: no @everyone, roles, users or replied-to author.</summary>
    public static JsonObject NoMentions() => new() { ["parse"] = new JsonArray(), ["replied_user"] = false };

    private static List<JsonObject> ContentMessages(Reply reply) =>
        [.. DiscordMarkdown.Split(string.Join('\n', reply.Blocks.SelectMany(Lines)), ContentLimit).Select(piece => new JsonObject { ["content"] = piece })];

    private static List<JsonObject> EmbedMessages(Reply reply)
    {
        var embeds = new List<EmbedDraft>();
        var current = new EmbedDraft(null);
        foreach (var block in reply.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    if (current.HasContent)
                    {
                        embeds.Add(current);
                    }

                    current = new EmbedDraft(DiscordMarkdown.Escape(heading.Text));
                    break;
                case FieldBlock field:
                    var label = DiscordMarkdown.Escape(field.Label);
                    var value = DiscordMarkdown.Render(field.Value);
                    if (!current.TryAddField(label, value))
                    {
                        embeds.Add(current);
                        current = new EmbedDraft(null);
                        current.TryAddField(label, value);
                    }

                    break;
                default:
                    foreach (var line in Lines(block).SelectMany(l => DiscordMarkdown.Split(l, EmbedDraft.DescriptionLimit)))
                    {
                        if (!current.TryAppendLine(line))
                        {
                            embeds.Add(current);
                            current = new EmbedDraft(null);
                            current.TryAppendLine(line);
                        }
                    }

                    break;
            }
        }

        if (current.HasContent)
        {
            embeds.Add(current);
        }

        var color = reply.IsError ? ErrorColor : Accent;
        var messages = new List<JsonObject>();
        var batch = new JsonArray();
        var size = 0;
        foreach (var embed in embeds)
        {
            if (batch.Count == EmbedsPerMessage || (batch.Count > 0 && size + embed.Size > MessageEmbedLimit))
            {
                messages.Add(new JsonObject { ["embeds"] = batch });
                batch = [];
                size = 0;
            }

            batch.Add(embed.ToJson(color));
            size += embed.Size;
        }

        if (batch.Count > 0)
        {
            messages.Add(new JsonObject { ["embeds"] = batch });
        }

        return messages;
    }

    private static IEnumerable<string> Lines(ReplyBlock block) => block switch
    {
        ParagraphBlock paragraph => [DiscordMarkdown.Render(paragraph.Spans)],
        ListBlock list => list.Items.Select(item => "• " + DiscordMarkdown.Render(item)),
        HeadingBlock heading => ["**" + DiscordMarkdown.Escape(heading.Text) + "**"],
        FieldBlock field => ["**" + DiscordMarkdown.Escape(field.Label) + ":** " + DiscordMarkdown.Render(field.Value)],
        _ => [],
    };

    private static JsonArray Components(IReadOnlyList<ReplyButton> buttons, IReadOnlyList<string> ids)
    {
        // Five rows of five buttons is all a message can hold.
        var rows = new JsonArray();
        var count = Math.Min(Math.Min(buttons.Count, ids.Count), 25);
        for (var start = 0; start < count; start += 5)
        {
            var row = new JsonArray();
            for (var i = start; i < Math.Min(start + 5, count); i++)
            {
                var label = buttons[i].Label.Length > 80 ? buttons[i].Label[..79] + "…" : buttons[i].Label;
                row.Add(new JsonObject { ["type"] = 2, ["style"] = 2, ["label"] = label, ["custom_id"] = ids[i] });
            }

            rows.Add(new JsonObject { ["type"] = 1, ["components"] = row });
        }

        return rows;
    }
}
