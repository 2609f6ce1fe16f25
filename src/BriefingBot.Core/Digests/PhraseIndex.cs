namespace BriefingBot.Core.Digests;

/// <summary>
/// Which items (articles, actors, meetings) hold a phrase as whole words in one of their fields: an inverted
/// index from each word to the items using it, so a topic is looked up by its rarest word and checked as a
/// phrase only on those items. The same answers as padding each folded field and the folded phrase with a
/// space and asking whether one contains the other.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly IReadOnlyList<IReadOnlyList<int[]>> _fields;
    private readonly List<int>?[] _postings;

    /// <param name="fields">Per item, the folded words of each field it is matched on.</param>
    /// <param name="vocabulary">The vocabulary the words' ids come from.</param>
    public PhraseIndex(IReadOnlyList<IReadOnlyList<int[]>> fields, WordVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(vocabulary);
        _fields = fields;
        _postings = new List<int>?[vocabulary.Count];
        for (var item = 0; item < fields.Count; item++)
        {
            foreach (var field in fields[item])
            {
                foreach (var word in field)
                {
                    var items = _postings[word] ??= [];
                    if (items.Count == 0 || items[^1] != item)
                    {
                        items.Add(item);
                    }
                }
            }
        }
    }

    public int Count => _fields.Count;

    /// <summary>The items holding <paramref name="phrase"/> in a field, in item order.</summary>
    public IEnumerable<int> Matching(int[] phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        if (phrase.Length == 0)
        {
            // A topic with no letters or digits folds to nothing, which " field " contains only when the field is empty.
            return Enumerable.Range(0, _fields.Count).Where(i => _fields[i].Any(f => f.Length == 0));
        }

        List<int>? rarest = null;
        foreach (var word in phrase)
        {
            // A word added to the vocabulary after this index was built is in none of its items.
            if (word >= _postings.Length || _postings[word] is not { } items)
            {
                return [];
            }

            rarest = rarest is null || items.Count < rarest.Count ? items : rarest;
        }

        return phrase.Length == 1 ? rarest! : rarest!.Where(i => _fields[i].Any(f => Contains(f, phrase)));
    }

    /// <summary>Whether the phrase's words come one after another in <paramref name="words"/>.</summary>
    public static bool Contains(ReadOnlySpan<int> words, ReadOnlySpan<int> phrase) =>
        phrase.Length == 0 ? words.Length == 0 : words.IndexOf(phrase) >= 0;
}
