namespace BriefingBot.Storage.Tests;

public sealed class IdsByKeyTests
{
    [Fact]
    public void A_key_gives_back_its_ids_in_the_order_they_were_filed_each_once()
    {
        var map = new IdsByKey<string>(StringComparer.Ordinal);

        Assert.True(map.Add("lavrov", 7));
        Assert.False(map.Add("lavrov", 3));
        Assert.False(map.Add("lavrov", 7));
        Assert.False(map.Add("lavrov", 12));
        Assert.True(map.Add("fidan", 3));

        Assert.Equal([7, 3, 12], map.Under("lavrov"));
        Assert.Equal([3], map.Under("fidan"));
        Assert.Empty(map.Under("wang"));
        Assert.Equal(2, map.Count);
    }

    [Fact]
    public void Removing_keeps_the_order_of_the_rest_and_forgets_a_key_left_with_none()
    {
        var map = new IdsByKey<int>();
        map.Add(1, 10);
        map.Add(1, 20);
        map.Add(1, 30);

        Assert.True(map.Remove(1, 20));
        Assert.Equal([10, 30], map.Under(1));
        Assert.True(map.Remove(1, 10));
        Assert.Equal([30], map.Under(1));
        Assert.False(map.Remove(1, 10));
        Assert.False(map.Remove(2, 30));
        Assert.True(map.Remove(1, 30));

        Assert.Empty(map.Under(1));
        Assert.Equal(0, map.Count);
        // A key filed again after it was emptied is new again.
        Assert.True(map.Add(1, 40));
        Assert.Equal([40], map.Under(1));
    }

    [Fact]
    public void Clearing_forgets_every_key()
    {
        var map = new IdsByKey<string>(StringComparer.Ordinal);
        map.Add("a", 1);
        map.Add("b", 2);
        map.Add("b", 3);

        map.Clear();

        Assert.Equal(0, map.Count);
        Assert.Empty(map.Under("a"));
        Assert.Empty(map.Under("b"));
    }

    [Fact]
    public void Gathering_several_keys_gives_each_id_once_in_the_order_of_the_keys()
    {
        var map = new IdsByKey<string>(StringComparer.Ordinal);
        map.Add("s:lavrov", 4);
        map.Add("s:lavrov", 9);
        map.Add("n:sergei lavrov", 9);
        map.Add("n:sergei lavrov", 2);
        map.Add("s:fidan", 6);
        var ids = new List<int>();
        HashSet<int> seen = [6];

        map.AddUnder("s:lavrov", ids, seen);
        map.AddUnder("n:sergei lavrov", ids, seen);
        map.AddUnder("s:fidan", ids, seen);
        map.AddUnder("s:wang", ids, seen);

        // 6 was gathered before, 9 comes under both keys.
        Assert.Equal([4, 9, 2], ids);
        Assert.Equal([2, 4, 6, 9], seen.Order());
    }

    [Fact]
    public void Keys_follow_the_comparer_given()
    {
        var map = new IdsByKey<string>(StringComparer.OrdinalIgnoreCase);
        map.Add("Ankara", 5);

        Assert.False(map.Add("ANKARA", 6));
        Assert.Equal([5, 6], map.Under("ankara"));
    }
}
