using System.Globalization;

namespace BriefingBot.Core.Briefings;

/// <summary>Reads an article id as users type it: <c>12</c> or <c>#12</c>.</summary>
public static class ArticleId
{
    public static bool TryParse(string text, out int id)
    {
        ArgumentNullException.ThrowIfNull(text);
        return int.TryParse(text.Trim().TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
    }

    public static string Problem(string text, string what) => string.IsNullOrWhiteSpace(text)
        ? $"Which {what}? Give its number (see /latest)."
        : $"\"{text.Trim()}\" is not an article number; numbers look like 12 or #12.";
}
