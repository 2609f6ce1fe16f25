using System.Buffers;
using System.Runtime.InteropServices;
using AnyAscii;
using BriefingBot.Core.Actors;

namespace BriefingBot.Core.Search;

/// <summary>
/// The words an article can be found by: the words of <see cref="ActorKeys.Fold"/>'s folding of its text, distinct,
/// in order of first use, without the short ones and the commonest function words.
/// </summary>
public static class SearchTerms
{
    private static readonly HashSet<string> s_stop = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "that", "with", "was", "are", "has", "had", "have", "his", "her", "its", "this",
        "from", "but", "not", "were", "been", "will", "would", "which", "their", "they", "said", "also", "who",
        "than", "there", "about", "after", "into", "more", "other", "some", "such", "our", "out", "can", "all",
    };

    /// <summary>The distinct terms of a text, in order of first use. Only each distinct term becomes a string.</summary>
    public static List<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var table = TermTable.OfThread;
        table.BeginText();
        // About one distinct term per 20 characters of an article's body.
        var terms = new List<string>(text.Length / 20 + 8);
        Add(text, table, terms);
        return terms;
    }

    /// <summary>
    /// Whether <paramref name="terms"/> are all terms of the title and the body, as of <c>Of(title + " " + body)</c>,
    /// without joining them: /search checks every article it shows.
    /// </summary>
    public static bool AllIn(IReadOnlyList<string> terms, string title, string body)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var table = TermTable.OfThread;
        table.BeginText();
        var found = new List<string>((title.Length + body.Length) / 20 + 8);
        // A space separates words, so the terms of the joined text are the title's and then the body's new ones.
        Add(title, table, found);
        Add(body, table, found);
        return terms.All(found.Contains);
    }

    /// <summary>Query words as terms; words too short or too common to index are dropped (the body check still applies them).</summary>
    public static List<string> OfQuery(IEnumerable<string> words) =>
        words.SelectMany(w => ActorKeys.Fold(w).Split(' ')).Where(IsTerm).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Long enough and not one of the commonest function words: a word the index keeps.</summary>
    public static bool IsTerm(string word) => word.Length >= 2 && !s_stop.Contains(word);

    /// <summary>
    /// Adds to <paramref name="terms"/> the terms of <paramref name="text"/> that the text begun on
    /// <paramref name="table"/> has not had yet. A text cut anywhere next to a character that
    /// <see cref="Separates"/> has the terms of its parts, in order.
    /// </summary>
    /// <remarks>
    /// Folded a word at a time rather than as one string: ASCII punctuation separates words in the folding as in the
    /// text, and AnyAscii replaces each character on its own, so only the words holding other characters are
    /// transliterated. Folding whole bodies, the one non-ASCII name or quotation mark in nearly every article sent all of
    /// it through AnyAscii, a tenth of ingestion's processor time.
    /// </remarks>
    internal static void Add(ReadOnlySpan<char> text, TermTable table, List<string> terms)
    {
        // Mostly what lies between two words when the tokenizer gathers the terms: a space, a comma and a space.
        foreach (var c in text)
        {
            if (!IsSeparator(c))
            {
                Split(text, table, terms, null);
                return;
            }
        }
    }

    /// <summary>The distinct terms of a word (or any short text), whatever text the table has begun.</summary>
    internal static string[] TermsOf(ReadOnlySpan<char> text, TermTable table)
    {
        var terms = new List<string>(1);
        Split(text, table, null, terms);
        return terms.Count == 0 ? [] : [.. terms];
    }

    /// <summary>
    /// Whether a character ends any word of the folding on its side: ASCII other than letters and digits, or a
    /// character that AnyAscii turns into such ASCII only (quotation marks, dashes, non-breaking spaces). A character
    /// that folds into nothing (a combining accent) or into letters does not.
    /// </summary>
    internal static bool Separates(char c)
    {
        if (c <= '\x7F')
        {
            return !char.IsAsciiLetterOrDigit(c);
        }

        var known = s_separates[c];
        return known == 0 ? Learn(c) : known == Yes;
    }

    private const byte Yes = 1;
    private const byte No = 2;

    // What Separates has worked out for each character outside ASCII: 0 not yet. Written by any thread; a race writes
    // the same value twice.
    private static readonly byte[] s_separates = new byte[char.MaxValue + 1];

    private static bool Learn(char c)
    {
        var separates = !char.IsSurrogate(c) && c.ToString().Transliterate() is { Length: > 0 } ascii && !ascii.AsSpan().ContainsAny(s_asciiLettersAndDigits);
        s_separates[c] = separates ? Yes : No;
        return separates;
    }

    private static readonly SearchValues<char> s_asciiLettersAndDigits =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    // Each term goes to the text's terms once or, with the text not taken into account, to a word's distinct terms.
    private static void Split(ReadOnlySpan<char> span, TermTable table, List<string>? terms, List<string>? ofWord)
    {
        Span<char> lowered = stackalloc char[64];
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

        // A run of ASCII letters and digits, lower-cased here unless it is long.
        void Add(ReadOnlySpan<char> word, Span<char> buffer)
        {
            if (word.Length < 2)
            {
                return;
            }

            var lower = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
            word.ToLowerInvariant(lower);
            var slot = table.SlotOf(lower);
            if (terms is not null)
            {
                table.Take(slot, terms);
            }
            else if (!slot.IsStopWord && !ofWord!.Contains(slot.Term))
            {
                ofWord.Add(slot.Term);
            }
        }
    }

    // ASCII that is not a letter or a digit: a gap between words, in the text and in its folding alike.
    private static bool IsSeparator(char c) => char.IsAscii(c) && !char.IsAsciiLetterOrDigit(c);

    /// <summary>
    /// A thread's terms: one <see cref="Slot"/> per term met (most of an article's ~300 distinct terms are words other
    /// articles used), each stamped with the last text it was taken in, so that one lookup per word both finds the
    /// string and says whether this text had it already. Stop words are kept, stamped as never to be taken. Bounded:
    /// emptied when full, as a text begins.
    /// </summary>
    internal sealed class TermTable
    {
        private const int Limit = 50_000;
        private const int Never = -1;

        [ThreadStatic]
        private static TermTable? t_table;

        private readonly Dictionary<string, Slot> _slots = new(StringComparer.Ordinal);

        // Made once: asking the dictionary for its span lookup at every term costs a type check.
        private readonly Dictionary<string, Slot>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
        private int _text;

        private TermTable()
        {
            _bySpan = _slots.GetAlternateLookup<ReadOnlySpan<char>>();
            Reset();
        }

        public static TermTable OfThread => t_table ??= new TermTable();

        /// <summary>Begins a text: every term is new to it.</summary>
        public void BeginText()
        {
            if (_slots.Count >= Limit || _text == int.MaxValue)
            {
                Reset();
            }

            _text++;
        }

        /// <summary>The slot of a term (lower-case, folded), made the first time.</summary>
        public Slot SlotOf(ReadOnlySpan<char> lower)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_bySpan, lower, out _);
            return slot ??= new Slot(lower.ToString());
        }

        /// <summary>Adds the slot's term to the text's terms, unless the text had it already or it is a stop word.</summary>
        public void Take(Slot slot, List<string> terms)
        {
            if (slot.Text == Never || slot.Text == _text)
            {
                return;
            }

            slot.Text = _text;
            terms.Add(slot.Term);
        }

        private void Reset()
        {
            _slots.Clear();
            foreach (var stop in s_stop)
            {
                _slots[stop] = new Slot(stop) { Text = Never };
            }

            _text = 0;
        }

        /// <summary>A term, and the last text that took it.</summary>
        public sealed class Slot(string term)
        {
            public string Term => term;

            public int Text { get; set; }

            public bool IsStopWord => Text == Never;
        }
    }
}
