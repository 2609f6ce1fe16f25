using AnyAscii;
using BriefingBot.Core.Actors;

namespace BriefingBot.Core.Digests;

/// <summary>
/// The folded words of a digest window, each given a small id, so that articles, actors and topics are compared
/// as arrays of ints. A text's words are exactly those of <see cref="ActorKeys.Fold"/> (transliterated to ASCII,
/// lower-cased, anything but letters and digits a separator), found in one pass without building the folded text:
/// plain ASCII, the bulk of a news article, is lower-cased as it is read, and the transliteration, which maps each
/// character on its own, is asked once per other character and kept.
/// Not thread-safe: one window builds it, then only reads it.
/// </summary>
internal sealed class WordVocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _words = [];
    private readonly List<uint> _hashes = [];
    private readonly List<int> _scratch = [];
    private readonly Dictionary<int, string> _transliterated = [];
    private char[] _buffer = new char[64];

    public WordVocabulary()
    {
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _words.Count;

    public string this[int id] => _words[id];

    /// <summary>A stable hash of word <paramref name="id"/>'s text: the same in every window and every process.</summary>
    public uint Hash(int id) => _hashes[id];

    /// <summary>The folded words of <paramref name="text"/>, new ones added to the vocabulary.</summary>
    public int[] Add(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _scratch.Clear();
        Fold(text, add: true);
        return [.. _scratch];
    }

    /// <summary>The folded words of <paramref name="text"/>, or null when one of them is in no text of the window.</summary>
    public int[]? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _scratch.Clear();
        return Fold(text, add: false) ? [.. _scratch] : null;
    }

    private bool Fold(string text, bool add)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 128)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    Append(ref length, char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c);
                }
                else if (!End(ref length, add))
                {
                    return false;
                }

                continue;
            }

            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            foreach (var t in Transliterated(pair ? char.ConvertToUtf32(c, text[++i]) : c))
            {
                var lower = char.ToLowerInvariant(t);
                if (char.IsLetterOrDigit(lower))
                {
                    Append(ref length, lower);
                }
                else if (!End(ref length, add))
                {
                    return false;
                }
            }
        }

        return End(ref length, add);
    }

    // What the transliteration makes of one character, asked once per character per window.
    private string Transliterated(int codePoint)
    {
        if (!_transliterated.TryGetValue(codePoint, out var ascii))
        {
            var text = codePoint is >= 0xD800 and <= 0xDFFF ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint);
            _transliterated[codePoint] = ascii = text.Transliterate();
        }

        return ascii;
    }

    private void Append(ref int length, char c)
    {
        if (length == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        _buffer[length++] = c;
    }

    private bool End(ref int length, bool add)
    {
        if (length == 0)
        {
            return true;
        }

        var known = Word(_buffer.AsSpan(0, length), add);
        length = 0;
        return known;
    }

    /// <summary>The id of a word already folded (one of another vocabulary's), added if new.</summary>
    public int Intern(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Id(word, add: true);
    }

    private bool Word(ReadOnlySpan<char> word, bool add)
    {
        var id = Id(word, add);
        if (id < 0)
        {
            return false;
        }

        _scratch.Add(id);
        return true;
    }

    private int Id(ReadOnlySpan<char> word, bool add)
    {
        if (!_lookup.TryGetValue(word, out var id))
        {
            if (!add)
            {
                return -1;
            }

            id = _words.Count;
            var text = word.ToString();
            _ids.Add(text, id);
            _words.Add(text);
            _hashes.Add(StableHash(text));
        }

        return id;
    }

    // FNV-1a: the same in every process, so a window samples the same shingles after a restart.
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
