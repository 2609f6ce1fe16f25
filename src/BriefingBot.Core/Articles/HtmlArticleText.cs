using System.Text.RegularExpressions;
using SmartReader;

namespace BriefingBot.Core.Articles;

/// <summary>
/// The article inside an HTML page (title, main text, date, site), found by SmartReader, a port of Mozilla's
/// Readability; navigation, promotions and footers are left out. Used for fetched pages and uploaded .html files.
/// </summary>
public static partial class HtmlArticleText
{
    /// <summary>The article's draft, or null when the page holds no readable text.</summary>
    /// <param name="address">Where the page came from (resolves relative links; the source when the page names no site).</param>
    public static ArticleDraft? Read(string html, Uri address)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(address);
        var article = new Reader(address.ToString(), html).GetArticle();
        var body = Tidy(article.TextContent);
        if (body.Length == 0)
        {
            return null;
        }

        var title = string.IsNullOrWhiteSpace(article.Title) ? null : article.Title.Trim();
        var published = article.PublicationDate is { } date ? DateOnly.FromDateTime(date) : (DateOnly?)null;
        var source = string.IsNullOrWhiteSpace(article.SiteName) ? NullIfEmpty(address.Host) : article.SiteName.Trim();
        return new ArticleDraft(body, title, published, source, address.IsFile ? null : address.ToString());
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string Tidy(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => Spaces().Replace(l, " ").Trim());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}
