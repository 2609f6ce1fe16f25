using System.Globalization;

namespace BriefingBot.Core.Articles;

/// <summary>Reads the optional <c>---</c> block (title, published, source, url) at the top of an article file.</summary>
public static class FrontMatter
{
    /// <summary>Splits front matter from the body. Unknown keys are ignored; an unreadable date is an error.</summary>
    public static bool TryParse(string text, string? file, out ArticleDraft draft, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        error = null;
        draft = new ArticleDraft(text, File: file);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        if (!normalized.StartsWith("---\n", StringComparison.Ordinal))
        {
            draft = new ArticleDraft(normalized, File: file);
            return true;
        }

        var end = normalized.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            error = "The front matter starting with --- has no closing --- line.";
            return false;
        }

        var header = normalized[4..end];
        var bodyStart = normalized.IndexOf('\n', end + 1);
        var body = bodyStart < 0 ? "" : normalized[(bodyStart + 1)..];
        string? title = null, source = null, url = null;
        DateOnly? published = null;
        foreach (var line in header.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim().Trim('"');
            if (value.Length == 0)
            {
                continue;
            }

            switch (key)
            {
                case "title":
                    title = value;
                    break;
                case "source":
                    source = value;
                    break;
                case "url":
                    url = value;
                    break;
                case "published" or "date":
                    if (!TryParseDate(value, out var date))
                    {
                        error = $"The published date \"{value}\" is not a date like 2022-03-09.";
                        return false;
                    }

                    published = date;
                    break;
            }
        }

        draft = new ArticleDraft(body, title, published, source, url, file);
        return true;
    }

    private static bool TryParseDate(string value, out DateOnly date)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            date = DateOnly.FromDateTime(moment.UtcDateTime);
            return true;
        }

        return false;
    }
}
