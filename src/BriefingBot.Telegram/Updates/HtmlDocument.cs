using System.Globalization;
using System.Text;
using BriefingBot.Core.Articles;

namespace BriefingBot.Telegram.Updates;

/// <summary>
/// An uploaded .html document as the article file the core reads: the page's main text (SmartReader, through the
/// core's <see cref="HtmlArticleText"/>) led by front matter with its title, date and site. Text documents pass as they are.
/// </summary>
internal static class HtmlDocument
{
    public static bool IsHtml(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".html" or ".htm";

    /// <summary>The article file, or null when the page holds no readable text.</summary>
    public static byte[]? ToArticleFile(byte[] html, string fileName)
    {
        var page = Encoding.UTF8.GetString(html);
        var draft = HtmlArticleText.Read(page, new Uri("file:///" + Uri.EscapeDataString(fileName)));
        if (draft is null)
        {
            return null;
        }

        var file = new StringBuilder("---\n");
        Field(file, "title", draft.Title);
        Field(file, "published", draft.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(file, "source", draft.Source);
        file.Append("---\n").Append(draft.Body);
        return Encoding.UTF8.GetBytes(file.ToString());
    }

    private static void Field(StringBuilder file, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            file.Append(key).Append(": ").Append(value.ReplaceLineEndings(" ").Trim()).Append('\n');
        }
    }
}
