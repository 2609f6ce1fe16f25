using System.Runtime.InteropServices;
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
        var table = t_table ??= new TermTable();
        table.Begin();
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
            if (table.FirstInText(lower) is { } term)
            {
                terms.Add(term);
            }
        }
    }

    [ThreadStatic]
    private static TermTable? t_table;

    /// <summary>
    /// A splitting thread's terms: one string per term met (most of an article's ~300 distinct terms are words other
    /// articles used), each stamped with the last text it was found in, so that one lookup per word both finds the
    /// string and says whether this text had it already. Stop words are kept, stamped as never to be taken. Bounded:
    /// emptied when full.
    /// </summary>
    private sealed class TermTable
    {
        private const int Limit = 50_000;
        private const int Never = -1;

        private readonly Dictionary<string, (string Term, int Text)> _terms = new(StringComparer.Ordinal);
        private int _text;

        public TermTable() => Reset();

        public void Begin()
        {
            if (_terms.Count >= Limit || _text == int.MaxValue)
            {
                Reset();
            }

            _text++;
        }

        /// <summary>The term's string the first time this text has it; null for a repeat or a stop word.</summary>
        public string? FirstInText(ReadOnlySpan<char> lower)
        {
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_terms.GetAlternateLookup<ReadOnlySpan<char>>(), lower, out var known);
            if (!known)
            {
                entry = (lower.ToString(), _text);
                return entry.Term;
            }

            if (entry.Text == Never || entry.Text == _text)
            {
                return null;
            }

            entry.Text = _text;
            return entry.Term;
        }

        private void Reset()
        {
            _terms.Clear();
            foreach (var stop in s_stop)
            {
                _terms[stop] = (stop, Never);
            }

            _text = 0;
        }
    }

    // ASCII that is not a letter or a digit: a gap between words, in the text and in its folding alike.
    private static bool IsSeparator(char c) => char.IsAscii(c) && !char.IsAsciiLetterOrDigit(c);

    /// <summary>Query words as terms; words too short or too common to index are dropped (the body check still applies them).</summary>
    public static List<string> OfQuery(IEnumerable<string> words) =>
        words.SelectMany(w => ActorKeys.Fold(w).Split(' ')).Where(IsTerm).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Long enough and not one of the commonest function words: a word the index keeps.</summary>
    internal static bool IsTerm(string word) => word.Length >= 2 && !s_stop.Contains(word);
}
