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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_stopWords = s_stop.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The distinct terms of a text, in order of first use. Only each distinct term becomes a string.</summary>
    public static List<string> Of(string text)
    {
        var folded = ActorKeys.Fold(text);
        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var known = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in folded.AsSpan().Split(' '))
        {
            var word = folded.AsSpan(range);
            if (word.Length >= 2 && !s_stopWords.Contains(word) && !known.Contains(word))
            {
                var term = word.ToString();
                seen.Add(term);
                terms.Add(term);
            }
        }

        return terms;
    }

    /// <summary>Query words as terms; words too short or too common to index are dropped (the body check still applies them).</summary>
    public static List<string> OfQuery(IEnumerable<string> words) =>
        words.SelectMany(w => ActorKeys.Fold(w).Split(' ')).Where(IsTerm).Distinct(StringComparer.Ordinal).ToList();

    private static bool IsTerm(string word) => word.Length >= 2 && !s_stop.Contains(word);
}
