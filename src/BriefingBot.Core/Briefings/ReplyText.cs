using System.Collections.Concurrent;
using System.Globalization;
using BriefingBot.Core.Articles;
using Humanizer;

namespace BriefingBot.Core.Briefings;

/// <summary>Small pieces of reply text used by several answers.</summary>
public static class ReplyText
{
    // Each noun's singular and plural as Humanizer gives them, worked out once: its inflector tries a list of patterns
    // in turn (about 20 µs a call), and a batch of digests counts stories, sources and articles tens of thousands of times.
    private static readonly ConcurrentDictionary<string, (string One, string Many)> s_forms = new(StringComparer.Ordinal);

    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"1 article", "3 articles": Humanizer's <c>ToQuantity</c>, with each noun's two forms kept.</summary>
    public static string Count(int count, string noun)
    {
        ArgumentNullException.ThrowIfNull(noun);
        var (one, many) = s_forms.GetOrAdd(noun, static n => (n.ToQuantity(1, ShowQuantityAs.None), n.ToQuantity(2, ShowQuantityAs.None)));
        return count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
    }

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
