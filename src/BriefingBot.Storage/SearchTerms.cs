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

    /// <summary>
    /// The distinct terms of a text, in order of first use: the words of <see cref="ActorKeys.Fold"/>'s folding of it.
    /// Only each distinct term becomes a string.
    /// </summary>
    /// <remarks>
    /// Folded a word at a time rather than as one string: ASCII punctuation separates words in the folding as in the
    /// text, and AnyAscii replaces each character on its own, so only the words holding other characters are
    /// transliterated. Folding whole bodies, the one non-ASCII name or quotation mark in nearly every article sent all of
    /// it through AnyAscii, a tenth of ingestion's processor time.
    /// </remarks>
    public static List<string> Of(string text)
    {
        // About one distinct term per 20 characters of an article's body.
        var terms = new List<string>(text.Length / 20 + 8);
        // The thread's set, emptied: sized once for the largest text this thread has seen instead of grown per text.
        var seen = t_seen ??= new HashSet<string>(StringComparer.Ordinal);
        seen.Clear();
        var known = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lowered = stackalloc char[64];
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            if (IsSeparator(span[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var ascii = true;
            while (i < span.Length && !IsSeparator(span[i]))
            {
                ascii &= char.IsAscii(span[i]);
                i++;
            }

            var word = span[start..i];
            if (ascii)
            {
                Add(word, lowered);
                continue;
            }

            var folded = ActorKeys.Fold(word.ToString());
            foreach (var range in folded.AsSpan().Split(' '))
            {
                Add(folded.AsSpan(range), lowered);
            }
        }

        return terms;

        // A run of ASCII letters and digits, lower-cased here unless it is long.
        void Add(ReadOnlySpan<char> word, Span<char> buffer)
        {
            if (word.Length < 2)
            {
                return;
            }

            var lower = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
            word.ToLowerInvariant(lower);
            if (!s_stopWords.Contains(lower) && !known.Contains(lower))
            {
                var term = Intern(lower);
                seen.Add(term);
                terms.Add(term);
            }
        }
    }

    [ThreadStatic]
    private static HashSet<string>? t_seen;

    // Terms recur from article to article (a vocabulary of tens of thousands of words): each thread splitting terms
    // keeps one string per term it has met, so a term costs a lookup rather than an allocation. Bounded: emptied when
    // full.
    private const int InternLimit = 50_000;

    [ThreadStatic]
    private static Dictionary<string, string>? t_terms;

    private static string Intern(ReadOnlySpan<char> term)
    {
        var terms = t_terms ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (terms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(term, out var known))
        {
            return known;
        }

        if (terms.Count >= InternLimit)
        {
            terms.Clear();
        }

        var text = term.ToString();
        terms[text] = text;
        return text;
    }

    // ASCII that is not a letter or a digit: a gap between words, in the text and in its folding alike.
    private static bool IsSeparator(char c) => char.IsAscii(c) && !char.IsAsciiLetterOrDigit(c);

    /// <summary>Query words as terms; words too short or too common to index are dropped (the body check still applies them).</summary>
    public static List<string> OfQuery(IEnumerable<string> words) =>
        words.SelectMany(w => ActorKeys.Fold(w).Split(' ')).Where(IsTerm).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Long enough and not one of the commonest function words: a word the index keeps.</summary>
    internal static bool IsTerm(string word) => word.Length >= 2 && !s_stop.Contains(word);
}
