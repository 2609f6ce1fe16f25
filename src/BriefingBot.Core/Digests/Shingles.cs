using System.Numerics;

namespace BriefingBot.Core.Digests;

/// <summary>
/// Word shingles (every run of three consecutive folded words; a text of one or two words is one shingle of
/// them all) as sorted numbers, and how much two sorted sets overlap. A shingle packs its three word ids into
/// one number, exact while a window has fewer than two million distinct words.
/// </summary>
internal static class Shingles
{
    private const int Bits = 21;

    /// <summary>
    /// The text's shingles, sorted, each once, and the quarter of them <see cref="StoryCandidates"/> posts: chosen
    /// by the words' stable hashes, so a shingle is sampled alike in every window and after a restart.
    /// </summary>
    public static ulong[] Of(int[] words, WordVocabulary vocabulary, out ulong[] sampled)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (words.Length < 3)
        {
            if (words.Length == 0)
            {
                sampled = [];
                return [];
            }

            var second = words.Length > 1 ? words[1] : -1;
            ulong[] one = [Pack(words[0], second, -1)];
            sampled = IsSampled(words[0], second, -1, vocabulary) ? one : [];
            return one;
        }

        var shingles = new ulong[words.Length - 2];
        var picked = new List<ulong>((shingles.Length / 4) + 1);
        for (var i = 0; i < shingles.Length; i++)
        {
            shingles[i] = Pack(words[i], words[i + 1], words[i + 2]);
            if (IsSampled(words[i], words[i + 1], words[i + 2], vocabulary))
            {
                picked.Add(shingles[i]);
            }
        }

        Array.Sort(shingles);
        var sample = picked.ToArray();
        Array.Sort(sample);
        sampled = Distinct(sample);
        return Distinct(shingles);
    }

    /// <summary>Jaccard similarity of two sorted sets: shared over all, 0 to 1.</summary>
    public static double Similarity<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b)
        where T : IComparable<T>
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            var order = a[i].CompareTo(b[j]);
            if (order == 0)
            {
                shared++;
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)shared / (a.Length + b.Length - shared);
    }

    /// <summary>
    /// Whether <see cref="Similarity{T}"/> of the two sorted sets is at least <paramref name="threshold"/>, without
    /// always reading both to the end: two sets sharing at most the smaller's size cannot reach it when their sizes are
    /// too far apart, and a walk stops once what is left could not make up the difference. Most pairs a digest checks
    /// are unrelated articles that share a common phrase.
    /// </summary>
    public static bool AtLeast<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, double threshold)
        where T : IComparable<T>
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0 >= threshold;
        }

        // Similarity is shared / (total - shared), rising with shared: below `needed` shared values it stays under the
        // threshold. A margin keeps rounding from ever cutting short a pair the exact division would accept.
        var total = a.Length + b.Length;
        var needed = (threshold * total / (1 + threshold)) - 1e-6;
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (shared + Math.Min(a.Length - i, b.Length - j) < needed)
            {
                return false;
            }

            // Without branches: which side moves is a coin toss for the processor's predictor.
            var order = a[i].CompareTo(b[j]);
            shared += order == 0 ? 1 : 0;
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }

        return (double)shared / (total - shared) >= threshold;
    }

    /// <summary>Buckets of <see cref="Buckets"/>.</summary>
    public const int BucketCount = 2048;

    /// <summary>
    /// How many of the values fall in each of <see cref="BucketCount"/> buckets (by a hash of the value): 2 KB that bound
    /// from above how much two sets can share (<see cref="SharedAtMost"/>) far faster than walking them. Null in the
    /// unlikely case that a bucket would hold more than a byte counts.
    /// </summary>
    public static byte[]? Buckets(ulong[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var counts = new byte[BucketCount];
        foreach (var value in values)
        {
            ref var count = ref counts[(int)((value * 0x9E3779B97F4A7C15UL) >> (64 - 11))];
            if (count == byte.MaxValue)
            {
                return null;
            }

            count++;
        }

        return counts;
    }

    /// <summary>
    /// At most how many values two sets share, from their <see cref="Buckets"/>: a value both hold is in the same
    /// bucket of each, so a bucket holds no more shared values than the smaller of its two counts.
    /// </summary>
    public static int SharedAtMost(byte[] a, byte[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var sum = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            // Per 16-bit lane at most 2 × 255 a step over 2,048 bytes: no overflow at any vector width up to 64 bytes.
            var total = Vector<ushort>.Zero;
            for (; i <= a.Length - Vector<byte>.Count; i += Vector<byte>.Count)
            {
                Vector.Widen(Vector.Min(new Vector<byte>(a, i), new Vector<byte>(b, i)), out var low, out var high);
                total += low + high;
            }

            Vector.Widen(total, out var lowSums, out var highSums);
            sum = (int)Vector.Sum(lowSums + highSums);
        }

        for (; i < a.Length; i++)
        {
            sum += Math.Min(a[i], b[i]);
        }

        return sum;
    }

    /// <summary>Whether sets of these sizes sharing at most <paramref name="sharedAtMost"/> values can reach the similarity.</summary>
    public static bool CanReach(int sharedAtMost, int lengthA, int lengthB, double threshold) =>
        lengthA == 0 || lengthB == 0
            ? 0 >= threshold
            : (double)sharedAtMost / (lengthA + lengthB - sharedAtMost) >= threshold;

    /// <summary>Sorted values, each once (in place; returns the array or a shorter copy).</summary>
    public static T[] Distinct<T>(T[] sorted)
        where T : IEquatable<T>
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Length < 2)
        {
            return sorted;
        }

        var count = 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (!sorted[i].Equals(sorted[count - 1]))
            {
                sorted[count++] = sorted[i];
            }
        }

        return count == sorted.Length ? sorted : sorted[..count];
    }

    private static bool IsSampled(int a, int b, int c, WordVocabulary vocabulary)
    {
        var hash = Step(Step(Step(0u, a), b), c);
        hash ^= hash >> 15;
        hash *= 0x85EBCA6Bu;
        hash ^= hash >> 13;
        return hash % 4 == 0;

        uint Step(uint hash, int id) =>
            (BitOperations.RotateLeft(hash, 11) ^ (id < 0 ? 0x5bd1e995u : vocabulary.Hash(id))) * 0x9E3779B1u;
    }

    // Ids shifted by one so that "no word" (-1) packs as 0 and a short text's shingle differs from any run of three.
    private static ulong Pack(int a, int b, int c) =>
        ((ulong)(uint)(a + 1) << (2 * Bits)) | ((ulong)(uint)(b + 1) << Bits) | (uint)(c + 1);
}
