namespace BriefingBot.Storage;

/// <summary>
/// A map that, trimmed, keeps the entries used most recently: past its capacity it drops the older half.
/// Emptying it whole instead made a working set just above the capacity read everything again after every trim.
/// Not thread-safe (the writer's view is used under the write lock).
/// </summary>
internal sealed class RecentlyUsed<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly Dictionary<TKey, Entry> _entries = new(comparer);
    private long _clock;

    public int Count => _entries.Count;

    public bool TryGetValue(TKey key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            entry.Used = ++_clock;
            value = entry.Value;
            return true;
        }

        value = default!;
        return false;
    }

    public TValue this[TKey key]
    {
        get => _entries[key].Value;

        set
        {
            if (_entries.TryGetValue(key, out var entry))
            {
                entry.Value = value;
                entry.Used = ++_clock;
            }
            else
            {
                _entries[key] = new Entry(value, ++_clock);
            }
        }
    }

    public bool TryAdd(TKey key, TValue value) => _entries.TryAdd(key, new Entry(value, ++_clock));

    public bool Remove(TKey key) => _entries.Remove(key);

    public void Clear() => _entries.Clear();

    /// <summary>Past the capacity, keeps the most recently used half of it.</summary>
    public void Trim()
    {
        if (_entries.Count <= capacity)
        {
            return;
        }

        foreach (var (key, _) in _entries.OrderBy(e => e.Value.Used).Take(_entries.Count - (capacity / 2)).ToList())
        {
            _entries.Remove(key);
        }
    }

    private sealed class Entry(TValue value, long used)
    {
        public TValue Value { get; set; } = value;

        public long Used { get; set; } = used;
    }
}
