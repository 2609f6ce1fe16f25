using System.Runtime.CompilerServices;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Extraction;

/// <summary>
/// An extraction thread's words: one string per word met, with the cue words it holds, its shape (see
/// <see cref="Token.ShapeOf"/>), its search terms and the number of the text it was last written in lower case (see
/// <see cref="Tokenizer"/>). Looked up by the characters of a token, which become a string only the first time. A
/// <see cref="Dictionary{TKey, TValue}"/> behind a span lookup did the same at two interface calls and a type check per
/// token: the lookup was an eighth of extraction.
/// </summary>
/// <remarks>
/// Chained hashing over arrays; the hash is the runtime's randomised one for strings, so no text can pile its words
/// into one chain. One thread only.
/// </remarks>
internal sealed class WordTable
{
    private const int InitialBuckets = 4096;

    // Index + 1 of each chain's first entry; 0 for none.
    private int[] _buckets = new int[InitialBuckets];
    private Entry[] _entries = new Entry[InitialBuckets];
    private int _count;

    public int Count => _count;

    /// <summary>The entry of this word, added (text made, cues worked out) if the table does not have it.</summary>
    public ref Entry GetOrAdd(ReadOnlySpan<char> word) => ref GetOrAdd(word, out _);

    /// <summary>As <see cref="GetOrAdd(ReadOnlySpan{char})"/>, with the entry's index: it stays the entry's until <see cref="Clear"/>.</summary>
    public ref Entry GetOrAdd(ReadOnlySpan<char> word, out int index)
    {
        var hash = string.GetHashCode(word);
        ref var entry = ref Find(word, hash, out index);
        if (Unsafe.IsNullRef(ref entry))
        {
            index = _count;
            return ref Add(word.ToString(), hash);
        }

        return ref entry;
    }

    /// <summary>The entry of this word, or a null reference if the table does not have it.</summary>
    public ref Entry Find(ReadOnlySpan<char> word) => ref Find(word, string.GetHashCode(word), out _);

    /// <summary>
    /// Adds the search terms of the word at <paramref name="index"/> (see <see cref="SearchTerms"/>) to a text's terms,
    /// unless the word gave them to the same text already (another form of the word may have given them: "Talks" and
    /// "talks"). Its terms are worked out from its characters the first time.
    /// </summary>
    public void TakeTerms(int index, int text, List<string> terms)
    {
        ref var entry = ref _entries[index];
        if (entry.TermsIn == text)
        {
            return;
        }

        entry.TermsIn = text;
        // As a span: List.AddRange of an array asks whether the array is an ICollection, a slow cast for arrays (a
        // twentieth of the tokenizer's time), and a word has one term or two.
        terms.AddRange((entry.Terms ??= SearchTerms.TermsOf(entry.Text, SearchTerms.TermTable.OfThread)).AsSpan());
    }

    public void Clear()
    {
        Array.Clear(_buckets);
        Array.Clear(_entries, 0, _count);
        _count = 0;
    }

    private ref Entry Find(ReadOnlySpan<char> word, int hash, out int index)
    {
        var entries = _entries;
        for (var i = _buckets[(uint)hash & (uint)(_buckets.Length - 1)] - 1; i >= 0; i = entries[i].Next)
        {
            ref var entry = ref entries[i];
            if (entry.Hash == hash && word.SequenceEqual(entry.Text))
            {
                index = i;
                return ref entry;
            }
        }

        index = -1;
        return ref Unsafe.NullRef<Entry>();
    }

    private ref Entry Add(string text, int hash)
    {
        if (_count == _entries.Length)
        {
            Grow();
        }

        var bucket = (int)((uint)hash & (uint)(_buckets.Length - 1));
        ref var entry = ref _entries[_count];
        entry = new Entry { Text = text, Hash = hash, Cues = CueWords.Of(text), Shape = Token.ShapeOf(text), Next = _buckets[bucket] - 1 };
        _buckets[bucket] = ++_count;
        return ref entry;
    }

    // Twice the entries and the chains (one chain per entry at most, on average).
    private void Grow()
    {
        var entries = new Entry[_entries.Length * 2];
        Array.Copy(_entries, entries, _count);
        var buckets = new int[entries.Length];
        for (var i = 0; i < _count; i++)
        {
            var bucket = (int)((uint)entries[i].Hash & (uint)(buckets.Length - 1));
            entries[i].Next = buckets[bucket] - 1;
            buckets[bucket] = i + 1;
        }

        _entries = entries;
        _buckets = buckets;
    }

    internal struct Entry
    {
        public string Text;

        /// <summary>The word's search terms once worked out (see <see cref="TakeTerms"/>).</summary>
        public string[]? Terms;

        public int Hash;

        // The next entry of the chain, or -1.
        public int Next;
        public Cue Cues;

        /// <summary>The word's <see cref="Token.ShapeOf"/>.</summary>
        public int Shape;

        /// <summary>The number of the text this word was last written in as a token beginning in lower case; 0 if never.</summary>
        public int LowerIn;

        /// <summary>The number of the text this word last gave its search terms to; 0 if none.</summary>
        public int TermsIn;
    }
}
