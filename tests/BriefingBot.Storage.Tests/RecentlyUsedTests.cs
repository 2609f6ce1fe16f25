namespace BriefingBot.Storage.Tests;

public sealed class RecentlyUsedTests
{
    [Fact]
    public void Trimming_past_the_capacity_keeps_the_most_recently_used_half()
    {
        var cache = new RecentlyUsed<int, string>(capacity: 4);
        for (var i = 1; i <= 6; i++)
        {
            cache[i] = $"v{i}";
        }

        // 1 and 2 are read again: they are now the most recently used, with 6.
        Assert.True(cache.TryGetValue(1, out _));
        Assert.True(cache.TryGetValue(2, out _));
        cache.Trim();

        Assert.Equal(2, cache.Count);
        Assert.True(cache.TryGetValue(2, out var two));
        Assert.Equal("v2", two);
        Assert.True(cache.TryGetValue(1, out _));
        Assert.False(cache.TryGetValue(6, out _));
    }

    [Fact]
    public void Within_the_capacity_trimming_drops_nothing()
    {
        var cache = new RecentlyUsed<string, int>(capacity: 3, StringComparer.Ordinal);
        cache["a"] = 1;
        cache["b"] = 2;
        Assert.False(cache.TryAdd("a", 5));
        cache.Trim();

        Assert.Equal(2, cache.Count);
        Assert.Equal(1, cache["a"]);
    }
}
