using System.Text;

namespace BriefingBot.Core.Chat;

/// <summary>Renders a reply as plain text (console, <c>ask</c>, logs).</summary>
public static class PlainTextRenderer
{
    public static string Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = new StringBuilder();
        foreach (var block in reply.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    text.AppendLine(heading.Text);
                    break;
                case ParagraphBlock paragraph:
                    text.AppendLine(Join(paragraph.Spans));
                    break;
                case FieldBlock field:
                    text.Append(field.Label).Append(": ").AppendLine(Join(field.Value));
                    break;
                case ListBlock list:
                    foreach (var item in list.Items)
                    {
                        text.Append("- ").AppendLine(Join(item));
                    }

                    break;
            }
        }

        for (var i = 0; i < reply.Buttons.Count; i++)
        {
            text.Append('[').Append(i + 1).Append("] ").Append(reply.Buttons[i].Label).Append(": ").AppendLine(reply.Buttons[i].Command);
        }

        return text.ToString().TrimEnd();
    }

    private static string Join(IEnumerable<Span> spans) =>
        string.Concat(spans.Select(s => s.Url is null || s.Url == s.Text ? s.Text : $"{s.Text} ({s.Url})"));
}
