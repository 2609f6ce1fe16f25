using AnyAscii;

namespace BriefingBot.Core.Actors;

/// <summary>Folded lookup keys for names: the store indexes actors by them, so matching never scans every actor.</summary>
public static class ActorKeys
{
    /// <summary>The keys under which an actor with these names can be found.</summary>
    public static IReadOnlyList<string> For(IEnumerable<string> names) =>
        names.Select(Fold).Where(k => k.Length > 0).Distinct().ToList();

    /// <summary>Diacritics, case and punctuation folded away: "Çavuşoğlu" and "cavusoglu" give one key.</summary>
    public static string Fold(string name)
    {
        var ascii = name.Transliterate().ToLowerInvariant();
        var chars = ascii.Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
