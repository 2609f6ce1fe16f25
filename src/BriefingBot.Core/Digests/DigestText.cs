namespace BriefingBot.Core.Digests;

/// <summary>Text shaping for digests.</summary>
public static class DigestText
{
    /// <summary>At most <paramref name="max"/> characters, cut at a word boundary with an ellipsis, never mid-word.</summary>
    public static string CutAtWord(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return (cut > 0 ? text[..cut] : text[..(max - 1)]).TrimEnd(',', ';', ':', ' ') + "…";
    }
}
