using System.Runtime.InteropServices;
using BriefingBot.Core.Actors;
using BriefingBot.Core.Meetings;

namespace BriefingBot.Core.Digests;

/// <summary>
/// What the store learnt between <see cref="Since"/> and <see cref="Until"/>, prepared once for every digest of
/// that window: each article's folded words and shingles, an index from words to articles, actors and meeting
/// places, and the window's stories, grouped once over all its articles. A topic's digest is then the window
/// restricted to what the topic matches: stories keep their matching articles (the first of them heads the story),
/// meetings and the actors in the news are those of the topic. Topics are matched as whole words, case and
/// diacritics folded, in an actor's name, alias, country or role's country, a meeting's place, or an article's
/// title, summary or body. Compositions are kept per topic, so a window composes each topic once.
/// Not thread-safe: compose from one flow at a time (<see cref="ComposeAhead"/> works on every core itself).
/// </summary>
public sealed class DigestWindow
{
    private readonly WordVocabulary _vocabulary;
    private readonly IReadOnlyList<PreparedArticle> _articles;
    private readonly WindowActors _actors;
    private readonly PhraseIndex _text;
    private readonly IReadOnlyList<MeetingChange> _meetings;
    private readonly PhraseIndex _places;
    private readonly IReadOnlyList<int[]> _stories;
    private readonly int[] _storyOf;
    private readonly Dictionary<int, List<int>> _articlesOf = [];
    private readonly Dictionary<int, List<int>> _meetingsOf = [];
    private readonly Story?[] _told;
    private readonly Dictionary<string, Contents> _byTopic = new(StringComparer.Ordinal);
    private Contents? _everything;

    internal DigestWindow(
        DateTimeOffset since,
        DateTimeOffset until,
        IReadOnlyList<PreparedArticle> articles,
        IReadOnlyList<Meeting> meetings,
        WindowActors actors,
        WordVocabulary vocabulary)
    {
        Since = since;
        Until = until;
        _vocabulary = vocabulary;
        _articles = articles;
        _actors = actors;
        _text = new PhraseIndex(articles.Select(a => (IReadOnlyList<int[]>)[a.Title, a.Summary, a.Body]).ToList(), vocabulary);
        for (var i = 0; i < articles.Count; i++)
        {
            foreach (var actor in articles[i].Mentions)
            {
                Add(_articlesOf, actor, i);
            }
        }

        _meetings = meetings
            .OrderByDescending(m => m.StatusChanged)
            .ThenBy(m => m.Id)
            .Select(m => new MeetingChange(
                m,
                m.ParticipantIds.Select(id => actors.ById.GetValueOrDefault(id)).OfType<Actor>().ToList(),
                m.FirstReported >= since))
            .ToList();
        for (var i = 0; i < _meetings.Count; i++)
        {
            foreach (var actor in _meetings[i].Meeting.ParticipantIds)
            {
                Add(_meetingsOf, actor, i);
            }
        }

        var places = _meetings
            .Select(c => c.Meeting.Location is { } place ? (IReadOnlyList<int[]>)[vocabulary.Add(place)] : [])
            .ToList();
        _places = new PhraseIndex(places, vocabulary);

        _stories = StoryGrouper.Groups(articles);
        _storyOf = new int[articles.Count];
        for (var s = 0; s < _stories.Count; s++)
        {
            foreach (var i in _stories[s])
            {
                _storyOf[i] = s;
            }
        }

        _told = new Story?[_stories.Count];
    }

    /// <summary>Start of the window (inclusive).</summary>
    public DateTimeOffset Since { get; }

    /// <summary>End of the window (exclusive).</summary>
    public DateTimeOffset Until { get; }

    /// <summary>How many articles the window holds.</summary>
    public int ArticleCount => _articles.Count;

    /// <summary>The digest of the window about <paramref name="topic"/> (everything when null or blank).</summary>
    public Digest Compose(string? topic)
    {
        var contents = string.IsNullOrWhiteSpace(topic) ? _everything ??= Everything() : About(topic);
        return new Digest(Since, Until, topic, contents.Stories, contents.Meetings, contents.Actors);
    }

    /// <summary>
    /// Works out the digests of all these topics at once, on every core, and keeps them, so that <see cref="Compose"/>
    /// then only looks them up: matching a topic reads the window and writes nothing it shares. A topic whose matching
    /// fails is not kept; <see cref="Compose"/> then fails the same way for the subscriptions asking for it, and only
    /// for them.
    /// </summary>
    public void ComposeAhead(IEnumerable<string?> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var pending = new Dictionary<string, int[]?>(StringComparer.Ordinal);
        var everything = false;
        foreach (var topic in topics)
        {
            if (string.IsNullOrWhiteSpace(topic))
            {
                everything = _everything is null;
                continue;
            }

            var (key, words) = Key(topic);
            if (!_byTopic.ContainsKey(key))
            {
                pending.TryAdd(key, words);
            }
        }

        var keys = pending.Keys.ToArray();
        var contents = new Contents?[keys.Length + 1];
        Parallel.For(0, everything ? keys.Length + 1 : keys.Length, i =>
        {
            try
            {
                contents[i] = i == keys.Length ? Everything() : Of(pending[keys[i]]);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Left out: Compose matches the topic again for each subscription and reports the failure there.
            }
        });

        for (var i = 0; i < keys.Length; i++)
        {
            if (contents[i] is { } known)
            {
                _byTopic[keys[i]] = known;
            }
        }

        _everything ??= contents[keys.Length];
    }

    private Contents Everything() =>
        new(
            StoryGrouper.Order(Enumerable.Range(0, _stories.Count).Select(Told)),
            _meetings,
            InTheNews(Enumerable.Range(0, _articles.Count)));

    private Contents About(string topic)
    {
        var (key, words) = Key(topic);
        if (_byTopic.TryGetValue(key, out var known))
        {
            return known;
        }

        var contents = Of(words);
        _byTopic[key] = contents;
        return contents;
    }

    // Topics with the same folded words have the same digest. A word no text of the window holds matches nothing, so
    // the topic matches nothing.
    private (string Key, int[]? Words) Key(string topic)
    {
        var words = _vocabulary.Find(topic);
        return (words is null ? "" : "=" + string.Join(' ', words), words);
    }

    private Contents Of(int[]? words) => words is null ? new Contents([], [], []) : Matching(words);

    private Contents Matching(int[] words)
    {
        var actors = _actors.Matching(words);
        var matched = new bool[_articles.Count];
        foreach (var i in _text.Matching(words))
        {
            matched[i] = true;
        }

        foreach (var actor in actors)
        {
            foreach (var i in _articlesOf.GetValueOrDefault(actor) ?? [])
            {
                matched[i] = true;
            }
        }

        // Stories in the order of their first matching article, as grouping only the matching articles would give.
        var stories = new List<int>();
        var seen = new HashSet<int>();
        var articles = new List<int>();
        for (var i = 0; i < matched.Length; i++)
        {
            if (matched[i])
            {
                articles.Add(i);
                if (seen.Add(_storyOf[i]))
                {
                    stories.Add(_storyOf[i]);
                }
            }
        }

        // Meetings at a matching place or with a matching participant, in the window's order, each once.
        var meetings = new List<int>(_places.Matching(words));
        foreach (var actor in actors)
        {
            meetings.AddRange(_meetingsOf.GetValueOrDefault(actor) ?? []);
        }

        meetings.Sort();
        var changes = new List<MeetingChange>();
        for (var i = 0; i < meetings.Count; i++)
        {
            if (i == 0 || meetings[i] != meetings[i - 1])
            {
                changes.Add(_meetings[meetings[i]]);
            }
        }

        return new(StoryGrouper.Order(stories.Select(s => Restricted(s, matched))), changes, InTheNews(articles));
    }

    // The story's matching articles; the whole story (told once for every topic) when they all match.
    private Story Restricted(int story, bool[] matched)
    {
        var group = _stories[story];
        if (group.All(i => matched[i]))
        {
            return Told(story);
        }

        return StoryGrouper.Tell(group.Where(i => matched[i]).Select(i => _articles[i]).ToList());
    }

    // Told once for every topic, also when topics are matched in parallel (see ComposeAhead).
    private Story Told(int story)
    {
        if (Volatile.Read(ref _told[story]) is { } told)
        {
            return told;
        }

        var tell = StoryGrouper.Tell(_stories[story].Select(i => _articles[i]).ToList());
        return Interlocked.CompareExchange(ref _told[story], tell, null) ?? tell;
    }

    // Within a topic, actors who merely share an article with it still count: they are its news. The most mentioned
    // first, then by name, as a stable sort of them all would give; one pass keeps the leading few (sorting every
    // actor of the window for each topic had cost a third of matching it).
    private List<ActorMention> InTheNews(IEnumerable<int> articles)
    {
        var counts = new Dictionary<int, int>();
        foreach (var i in articles)
        {
            foreach (var id in _articles[i].Mentions)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, id, out _)++;
            }
        }

        var top = new List<ActorMention>(DigestComposer.TopActorCount + 1);
        foreach (var (id, count) in counts)
        {
            if (!_actors.ById.TryGetValue(id, out var actor) || actor.Kind is ActorKind.Place)
            {
                continue;
            }

            var at = top.Count;
            while (at > 0 && (count > top[at - 1].Articles
                || (count == top[at - 1].Articles && string.CompareOrdinal(actor.Name, top[at - 1].Actor.Name) < 0)))
            {
                at--;
            }

            if (at < DigestComposer.TopActorCount)
            {
                top.Insert(at, new ActorMention(actor, count));
                if (top.Count > DigestComposer.TopActorCount)
                {
                    top.RemoveAt(top.Count - 1);
                }
            }
        }

        return top;
    }

    private static void Add(Dictionary<int, List<int>> lists, int key, int value) =>
        (CollectionsMarshal.GetValueRefOrAddDefault(lists, key, out _) ??= []).Add(value);

    private sealed record Contents(IReadOnlyList<Story> Stories, IReadOnlyList<MeetingChange> Meetings, IReadOnlyList<ActorMention> Actors);
}
