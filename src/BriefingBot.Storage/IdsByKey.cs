namespace BriefingBot.Storage;

/// <summary>
/// Ids filed under keys, for the in-memory indexes, where nearly every key holds a single id: that id is kept in the
/// dictionary's entry itself, and only a key holding more gets a list. After 100,000 bench articles the meeting index
/// had about 330,000 keys, nineteen in twenty of them naming one meeting; a list and its array for each was about
/// 20 MB of the 500 MB the bot may use.
/// </summary>
/// <remarks>A key's ids come back in the order they were filed. Not thread-safe: its owner's lock guards it.</remarks>
internal sealed class IdsByKey<TKey>(IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> _one = new(comparer);
    private readonly Dictionary<TKey, List<int>> _many = new(comparer);

    /// <summary>How many keys hold an id.</summary>
    public int Count => _one.Count + _many.Count;

    /// <summary>Files <paramref name="id"/> under <paramref name="key"/> unless it is there; true when the key is new.</summary>
    public bool Add(TKey key, int id)
    {
        if (_many.TryGetValue(key, out var ids))
        {
            if (!ids.Contains(id))
            {
                ids.Add(id);
            }

            return false;
        }

        if (_one.TryGetValue(key, out var only))
        {
            if (only != id)
            {
                _one.Remove(key);
                _many[key] = [only, id];
            }

            return false;
        }

        _one[key] = id;
        return true;
    }

    /// <summary>Takes <paramref name="id"/> from under <paramref name="key"/>; a key left with none is forgotten.</summary>
    public bool Remove(TKey key, int id)
    {
        if (_one.TryGetValue(key, out var only))
        {
            return only == id && _one.Remove(key);
        }

        if (!_many.TryGetValue(key, out var ids) || !ids.Remove(id))
        {
            return false;
        }

        if (ids.Count == 1)
        {
            _many.Remove(key);
            _one[key] = ids[0];
        }

        return true;
    }

    /// <summary>The ids under <paramref name="key"/>, in the order they were filed; none when the key holds none.</summary>
    public IEnumerable<int> Under(TKey key)
    {
        if (_one.TryGetValue(key, out var only))
        {
            yield return only;
        }
        else if (_many.TryGetValue(key, out var ids))
        {
            foreach (var id in ids)
            {
                yield return id;
            }
        }
    }

    /// <summary>
    /// Adds the ids under <paramref name="key"/> that <paramref name="seen"/> does not hold yet to it and to
    /// <paramref name="ids"/>, in the order they were filed: <see cref="Under"/> for lookups of several keys, without an
    /// iterator per key.
    /// </summary>
    public void AddUnder(TKey key, List<int> ids, HashSet<int> seen)
    {
        if (_one.TryGetValue(key, out var only))
        {
            if (seen.Add(only))
            {
                ids.Add(only);
            }
        }
        else if (_many.TryGetValue(key, out var many))
        {
            foreach (var id in many)
            {
                if (seen.Add(id))
                {
                    ids.Add(id);
                }
            }
        }
    }

    public void Clear()
    {
        _one.Clear();
        _many.Clear();
    }
}
