using BriefingBot.Core.Actors;

namespace BriefingBot.Core.Digests;

/// <summary>
/// The actors of the articles and meetings a batch of digests reads, with the words a topic can find them by:
/// name, aliases, country and the countries of their roles.
/// </summary>
internal sealed class WindowActors
{
    private readonly List<Actor> _list;
    private readonly PhraseIndex _names;

    public WindowActors(IEnumerable<Actor> actors, WordVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(vocabulary);
        _list = actors.DistinctBy(a => a.Id).ToList();
        ById = _list.ToDictionary(a => a.Id);
        var fields = _list.Select(a => Fields(a, vocabulary)).ToList();
        _names = new PhraseIndex(fields, vocabulary);
    }

    public IReadOnlyDictionary<int, Actor> ById { get; }

    /// <summary>Ids of the actors a topic names.</summary>
    public HashSet<int> Matching(int[] topic) => [.. _names.Matching(topic).Select(i => _list[i].Id)];

    private static IReadOnlyList<int[]> Fields(Actor actor, WordVocabulary vocabulary)
    {
        var fields = new List<int[]> { vocabulary.Add(actor.Name) };
        fields.AddRange(actor.Aliases.Select(vocabulary.Add));
        if (actor.Country is not null)
        {
            fields.Add(vocabulary.Add(actor.Country));
        }

        fields.AddRange(actor.Roles.Where(r => r.Country is not null).Select(r => vocabulary.Add(r.Country!)));
        return fields;
    }
}
