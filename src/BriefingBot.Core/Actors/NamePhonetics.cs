using System.Collections.Frozen;

namespace BriefingBot.Core.Actors;

/// <summary>
/// Spelling-tolerant forms of person names, so that transliteration variants meet:
/// Sergey/Sergei, Shoygu/Shoigu, Zelensky/Zelenskyy/Zelenskiy, Çavuşoğlu/Cavusoglu.
/// </summary>
public static class NamePhonetics
{
    private static readonly FrozenSet<string> s_particles = FrozenSet.ToFrozenSet(
        ["al", "el", "bin", "ibn", "bint", "von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "dos", "das", "del", "ter", "abu", "ben", "zu", "mr", "mrs", "ms", "dr"],
        StringComparer.Ordinal);

    /// <summary>The folded words of a name without particles and honorifics: "Bashar al-Assad" → [bashar, assad].</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        var folded = ActorKeys.Fold(name.Replace('-', ' '));
        return folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !s_particles.Contains(w)).ToList();
    }

    /// <summary>The sound key of one word: y→i, w→v, kh→h, ph→f, doubled letters once.</summary>
    public static string Key(string word)
    {
        var folded = ActorKeys.Fold(word);
        // Each rule a pass over one buffer, left to right and without overlaps, as string.Replace would (with no string
        // made for each rule and a builder for the last): this runs for every name of every article.
        Span<char> key = folded.Length <= 128 ? stackalloc char[folded.Length] : new char[folded.Length];
        var length = 0;
        foreach (var c in folded)
        {
            if (c != ' ')
            {
                key[length++] = c;
            }
        }

        length = Replace(key, length, 'k', 'h', 'h');
        length = Replace(key, length, 'p', 'h', 'f');
        length = Replace(key, length, 'c', 'k', 'k');
        length = Replace(key, length, 'o', 'u', 'u');
        var kept = 0;
        for (var i = 0; i < length; i++)
        {
            var c = key[i] switch { 'y' => 'i', 'w' => 'v', 'q' => 'k', var other => other };
            if (kept == 0 || key[kept - 1] != c)
            {
                key[kept++] = c;
            }
        }

        return new string(key[..kept]);
    }

    // The pairs "ab" of key[..length] replaced by one character, left to right; the new length.
    private static int Replace(Span<char> key, int length, char a, char b, char with)
    {
        var written = 0;
        for (var read = 0; read < length;)
        {
            if (key[read] == a && read + 1 < length && key[read + 1] == b)
            {
                key[written++] = with;
                read += 2;
            }
            else
            {
                key[written++] = key[read++];
            }
        }

        return written;
    }

    /// <summary>The sound key of the surname (last word), or "" for an empty name.</summary>
    public static string SurnameKey(string name)
    {
        var words = Words(name);
        return words.Count == 0 ? "" : Key(words[^1]);
    }

    /// <summary>The sound key of the given name (first word) when the name has two words or more, else null.</summary>
    public static string? GivenKey(string name)
    {
        var words = Words(name);
        return words.Count < 2 ? null : Key(words[0]);
    }
}
