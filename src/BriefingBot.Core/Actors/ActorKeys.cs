using System.Buffers;
using System.Text;

using AnyAscii;

namespace BriefingBot.Core.Actors;

/// <summary>
/// Folded lookup keys for names: the store indexes actors by them, so matching never scans every actor.
/// Two kinds of key, both spelling-tolerant (<see cref="NamePhonetics"/>): given name + surname ("n:sergei lavrov",
/// middle names left out) and surname alone ("s:lavrov"), so an actor has only a few keys whatever its aliases.
/// </summary>
public static class ActorKeys
{
    private const string FullNamePrefix = "n:";
    private const string SurnamePrefix = "s:";

    /// <summary>Whether a key is of a given name and surname: the names it comes from have two words or more.</summary>
    public static bool IsFullName(string key) => key.StartsWith(FullNamePrefix, StringComparison.Ordinal);

    /// <summary>Whether a key is of a surname alone.</summary>
    public static bool IsSurname(string key) => key.StartsWith(SurnamePrefix, StringComparison.Ordinal);

    /// <summary>The keys under which an actor with these names can be found.</summary>
    public static IReadOnlyList<string> For(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var keys = new List<string>();
        foreach (var name in names)
        {
            var (surname, full) = KeysOf(name);
            if (surname is null)
            {
                continue;
            }

            if (!keys.Contains(surname))
            {
                keys.Add(surname);
            }

            if (full is not null && !keys.Contains(full))
            {
                keys.Add(full);
            }
        }

        return keys;
    }

    // The same names come back article after article (a busy minister, a ministry), and working out a name's keys
    // splits, folds and transliterates it and makes a handful of strings: each thread keeps the keys of the names it
    // has met. Bounded, emptied when full: at 20,000 names the extraction threads' tables raised a 100,000-article
    // import's peak working set by 9-18 MB, at 5,000 by none, and 10,000 articles went as fast.
    private const int NameKeysLimit = 5_000;

    [ThreadStatic]
    private static Dictionary<string, (string? Surname, string? Full)>? t_nameKeys;

    // A name's surname key and given-name-and-surname key (null when it has one word), or nulls when it has no words.
    private static (string? Surname, string? Full) KeysOf(string name)
    {
        var known = t_nameKeys ??= new Dictionary<string, (string?, string?)>(StringComparer.Ordinal);
        if (known.TryGetValue(name, out var keys))
        {
            return keys;
        }

        if (known.Count >= NameKeysLimit)
        {
            known.Clear();
        }

        var words = NamePhonetics.Words(name);
        if (words.Count == 0)
        {
            keys = (null, null);
        }
        else
        {
            var surname = NamePhonetics.Key(words[^1]);
            keys = (SurnamePrefix + surname, words.Count >= 2 ? FullNamePrefix + NamePhonetics.Key(words[0]) + " " + surname : null);
        }

        known[name] = keys;
        return keys;
    }

    /// <summary>Diacritics, case and punctuation folded away: "Çavuşoğlu" and "cavusoglu" give one key.</summary>
    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // AnyAscii's output is ASCII; text that is ASCII already (most of it) is not copied first.
        var ascii = Ascii.IsValid(name) ? name : name.Transliterate();
        // The runs of letters and digits, lower-cased, one space between them, in one pass and one allocation (none when
        // the text was folded already). Search folds whole article bodies, so this runs over megabytes.
        char[]? rented = null;
        var buffer = ascii.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(ascii.Length));
        var length = 0;
        var gap = false;
        foreach (var c in ascii)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                gap = length > 0;
                continue;
            }

            if (gap)
            {
                buffer[length++] = ' ';
                gap = false;
            }

            buffer[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }

        var folded = buffer[..length];
        var result = folded.SequenceEqual(ascii) ? ascii : new string(folded);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }
}
