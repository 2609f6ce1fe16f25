using System.Collections.Frozen;
using System.Text;

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
        var w = ActorKeys.Fold(word).Replace(" ", "", StringComparison.Ordinal)
            .Replace("kh", "h", StringComparison.Ordinal)
            .Replace("ph", "f", StringComparison.Ordinal)
            .Replace("ck", "k", StringComparison.Ordinal)
            .Replace("ou", "u", StringComparison.Ordinal)
            .Replace('y', 'i')
            .Replace('w', 'v')
            .Replace('q', 'k');
        var sb = new StringBuilder(w.Length);
        foreach (var c in w)
        {
            if (sb.Length == 0 || sb[^1] != c)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
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
