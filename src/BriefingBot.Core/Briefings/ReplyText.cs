using System.Globalization;
using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Briefings;

/// <summary>Small pieces of reply text used by several answers.</summary>
public static class ReplyText
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"#12".</summary>
    public static string Ref(int articleId) => "#" + articleId.ToString(CultureInfo.InvariantCulture);

    /// <summary>"#12 Title (15 June 2020, EA WorldView)".</summary>
    public static string ArticleLine(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var details = new List<string>();
        if (article.Published is DateOnly published)
        {
            details.Add(published.ToString("d MMMM yyyy", Culture));
        }

        if (article.Source is not null)
        {
            details.Add(article.Source);
        }

        return details.Count == 0 ? $"{Ref(article.Id)} {article.Title}" : $"{Ref(article.Id)} {article.Title} ({string.Join(", ", details)})";
    }

    /// <summary>Cuts text at a word boundary, adding an ellipsis.</summary>
    public static string Clip(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', Math.Max(0, max - 1));
        return (cut > max / 2 ? text[..cut] : text[..(max - 1)]).TrimEnd(',', ';', ':', ' ') + "…";
    }
}
