using BriefingBot.Core.Digests;

namespace BriefingBot.Core.Tests.Digests;

public sealed class ShinglesTests
{
    [Fact]
    public void AtLeast_decides_as_the_similarity_does_for_any_sets_and_threshold()
    {
        var random = new Random(11);
        double[] thresholds = [0, 0.05, StoryGrouper.TextThreshold, StoryGrouper.TitleThreshold, 0.5, 0.9, 1];
        for (var round = 0; round < 3_000; round++)
        {
            // Two sets drawn from a small range overlap by chance, from none to all.
            var range = 1 + random.Next(400);
            var a = Set(random, random.Next(0, 120), range);
            var b = Set(random, random.Next(0, 120), range);
            foreach (var threshold in thresholds)
            {
                Assert.Equal(Shingles.Similarity<ulong>(a, b) >= threshold, Shingles.AtLeast<ulong>(a, b, threshold));
            }
        }
    }

    [Fact]
    public void Buckets_never_bound_the_shared_values_below_what_two_sets_share()
    {
        var random = new Random(5);
        for (var round = 0; round < 2_000; round++)
        {
            var range = 1 + random.Next(1 << random.Next(4, 30));
            var a = Set(random, random.Next(0, 1_500), range);
            var b = Set(random, random.Next(0, 1_500), range);
            var shared = a.Intersect(b).Count();

            var atMost = Shingles.SharedAtMost(Shingles.Buckets(a)!, Shingles.Buckets(b)!);

            Assert.InRange(atMost, shared, Math.Min(a.Length, b.Length));
            // A pair the buckets rule out is never one that reaches the threshold.
            if (!Shingles.CanReach(atMost, a.Length, b.Length, StoryGrouper.TextThreshold))
            {
                Assert.True(Shingles.Similarity<ulong>(a, b) < StoryGrouper.TextThreshold);
            }
        }
    }

    [Fact]
    public void A_set_shares_all_its_values_with_itself_by_its_buckets_and_unrelated_texts_are_ruled_out()
    {
        var random = new Random(9);
        var a = Set(random, 800, int.MaxValue);
        var b = Set(random, 800, int.MaxValue);

        Assert.Equal(a.Length, Shingles.SharedAtMost(Shingles.Buckets(a)!, Shingles.Buckets(a)!));
        Assert.False(Shingles.CanReach(Shingles.SharedAtMost(Shingles.Buckets(a)!, Shingles.Buckets(b)!), a.Length, b.Length, StoryGrouper.TextThreshold));
    }

    [Theory]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6 }, new[] { 1, 2, 3, 7, 8, 9, 10 }, 0.3)] // 3 shared of 10: exactly 0.3
    [InlineData(new[] { 1, 2, 3 }, new[] { 2, 3, 4, 5 }, 0.4)] // 2 of 5: exactly 0.4
    public void A_pair_exactly_at_the_threshold_is_accepted(int[] a, int[] b, double threshold)
    {
        Assert.True(Shingles.AtLeast<int>(a, b, threshold));
        Assert.False(Shingles.AtLeast<int>(a, b, threshold + 0.001));
    }

    [Fact]
    public void Empty_sets_are_similar_only_at_a_threshold_of_nothing()
    {
        Assert.False(Shingles.AtLeast<int>([], [1, 2], 0.3));
        Assert.True(Shingles.AtLeast<int>([], [], 0));
    }

    private static ulong[] Set(Random random, int count, int range) =>
        [.. Enumerable.Range(0, count).Select(_ => (ulong)random.Next(range)).Distinct().Order()];
}
