using BriefingBot.Core.Chat;

namespace BriefingBot.Telegram.Rendering;

/// <summary>Turns a reply into Telegram HTML messages of at most 4,096 characters each.</summary>
internal static class TelegramReplyRenderer
{
    public const int MessageLimit = 4096;

    public static IReadOnlyList<string> Render(Reply reply, int limit = MessageLimit)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var messages = HtmlMessagePacker.Pack(Lines(reply), limit);
        return messages.Count == 0 ? ["…"] : messages;
    }

    public static IReadOnlyList<HtmlLine> Lines(Reply reply)
    {
        var lines = new List<HtmlLine>();
        for (var b = 0; b < reply.Blocks.Count; b++)
        {
            // A card's fields and a heading's list hug the line above; other blocks get a blank line.
            var hugs = b > 0 && reply.Blocks[b - 1] is HeadingBlock or FieldBlock;
            switch (reply.Blocks[b])
            {
                case HeadingBlock heading:
                    lines.Add(new HtmlLine([Span.Bold(heading.Text)], true));
                    break;
                case ParagraphBlock paragraph:
                    lines.Add(new HtmlLine(paragraph.Spans, true));
                    break;
                case FieldBlock field:
                    lines.Add(new HtmlLine([Span.Bold(field.Label + ": "), .. field.Value], !hugs));
                    break;
                case ListBlock list:
                    for (var i = 0; i < list.Items.Count; i++)
                    {
                        lines.Add(new HtmlLine([new Span("• "), .. list.Items[i]], i == 0 && !hugs));
                    }

                    break;
            }
        }

        return lines;
    }
}
