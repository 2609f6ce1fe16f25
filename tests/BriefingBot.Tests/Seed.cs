using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Meetings;
using BriefingBot.Core.Storage;

namespace BriefingBot.Tests;

/// <summary>Writes known facts straight into the store, so query tests do not depend on extraction.</summary>
internal sealed class Seed(IKnowledgeStore store)
{
    private readonly Dictionary<string, Actor> _actors = new(StringComparer.Ordinal);

    public async Task<int> ArticleAsync(string title, DateOnly published, IReadOnlyList<(string Name, ActorKind Kind, string? Role, string? Country, string[] Aliases)> actors, params (string[] Who, MeetingKind Kind, string? Place, string? Date, MeetingStatus Status)[] meetings)
    {
        var article = new Article { Title = title, Body = title + " body text.", Summary = title, Published = published, IngestedAt = DateTimeOffset.UtcNow, ContentHash = ContentHash.Of(title) };
        var seen = new DateTimeOffset(published.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var batchActors = new List<Actor>();
        foreach (var (name, kind, role, country, aliases) in actors)
        {
            if (!_actors.TryGetValue(name, out var actor))
            {
                actor = new Actor { Kind = kind, Name = name, FirstSeen = seen, LastSeen = seen, Country = country };
                _actors[name] = actor;
            }

            actor.Aliases = [.. actor.Aliases.Union(aliases.Prepend(name))];
            actor.Keys = [.. ActorKeys.For(actor.Aliases)];
            actor.ArticleIds.Add(0);
            actor.LastSeen = seen;
            if (role is not null)
            {
                actor.Roles.Add(new ActorRole { Title = role, Country = country, Evidence = $"{role} {name} said." });
            }

            batchActors.Add(actor);
        }

        var batchMeetings = new List<Meeting>();
        var participants = new Dictionary<Meeting, IReadOnlyList<Actor>>();
        foreach (var (who, kind, place, date, status) in meetings)
        {
            var meeting = new Meeting { Kind = kind, Location = place, Date = date, Status = status, ArticleIds = [0], FirstReported = DateTimeOffset.UtcNow, StatusChanged = DateTimeOffset.UtcNow };
            meeting.Reports.Add(new MeetingReport { Status = status, Date = date, Location = place, Evidence = "They met.", Published = published });
            participants[meeting] = [.. who.Select(w => _actors[w])];
            batchMeetings.Add(meeting);
        }

        return await store.CommitIngestAsync(new IngestBatch(article, batchActors, batchMeetings, participants), CancellationToken.None);
    }
}
