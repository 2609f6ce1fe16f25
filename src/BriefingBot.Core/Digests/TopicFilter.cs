using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Meetings;

namespace BriefingBot.Core.Digests;

/// <summary>
/// Whether something is about a topic: an actor's name, alias or country, a place, or words in an article,
/// compared folded (case and diacritics) and as whole words, so "Cavusoglu" finds "Çavuşoğlu".
/// </summary>
public sealed class TopicFilter
{
    private readonly string? _topic;

    public TopicFilter(string? topic)
    {
        _topic = string.IsNullOrWhiteSpace(topic) ? null : ActorKeys.Fold(topic);
    }

    public bool IsEverything => _topic is null;

    public bool Matches(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _topic is null
            || Contains(actor.Name)
            || actor.Aliases.Any(Contains)
            || (actor.Country is not null && Contains(actor.Country))
            || actor.Roles.Any(r => r.Country is not null && Contains(r.Country));
    }

    public bool Matches(Article article, IReadOnlyDictionary<int, Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(actors);
        return _topic is null
            || Contains(article.Title)
            || Contains(article.Summary)
            || Contains(article.Body)
            || article.ActorIds.Any(id => actors.TryGetValue(id, out var actor) && Matches(actor));
    }

    public bool Matches(Meeting meeting, IReadOnlyDictionary<int, Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(actors);
        return _topic is null
            || (meeting.Location is not null && Contains(meeting.Location))
            || meeting.ParticipantIds.Any(id => actors.TryGetValue(id, out var actor) && Matches(actor));
    }

    private bool Contains(string text)
    {
        var folded = $" {ActorKeys.Fold(text)} ";
        return folded.Contains($" {_topic} ", StringComparison.Ordinal);
    }
}
