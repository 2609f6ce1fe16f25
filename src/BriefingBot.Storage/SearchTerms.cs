using BriefingBot.Core.Actors;

namespace BriefingBot.Storage;

/// <summary>The words an article can be found by: folded, distinct, without the commonest function words.</summary>
internal static class SearchTerms
{
    private static readonly HashSet<string> s_stop = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "that", "with", "was", "are", "has", "had", "have", "his", "her", "its", "this",
        "from", "but", "not", "were", "been", "will", "would", "which", "their", "they", "said", "also", "who",
        "than", "there", "about", "after", "into", "more", "other", "some", "such", "our", "out", "can", "all",
    };

    public static List<string> Of(string text) =>
        ActorKeys.Fold(text).Split(' ').Where(IsTerm).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Query words as terms; words too short or too common to index are dropped (the body check still applies them).</summary>
    public static List<string> OfQuery(IEnumerable<string> words) =>
        words.SelectMany(w => ActorKeys.Fold(w).Split(' ')).Where(IsTerm).Distinct(StringComparer.Ordinal).ToList();

    private static bool IsTerm(string word) => word.Length >= 2 && !s_stop.Contains(word);
}
