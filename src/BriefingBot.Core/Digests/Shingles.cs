using BriefingBot.Core.Actors;

namespace BriefingBot.Core.Digests;

/// <summary>Word shingles of folded text, and how much two sets of them overlap.</summary>
public static class Shingles
{
    /// <summary>Every run of <paramref name="size"/> consecutive words, diacritics and case folded away.</summary>
    public static HashSet<string> Of(string text, int size = 3)
    {
        var words = ActorKeys.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        if (words.Length < size)
        {
            if (words.Length > 0)
            {
                shingles.Add(string.Join(' ', words));
            }

            return shingles;
        }

        for (var i = 0; i + size <= words.Length; i++)
        {
            shingles.Add(string.Join(' ', words, i, size));
        }

        return shingles;
    }

    /// <summary>Jaccard similarity: shared over all, 0 to 1.</summary>
    public static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count <= b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }
}
