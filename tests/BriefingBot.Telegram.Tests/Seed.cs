using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Meetings;
using BriefingBot.Core.Storage;

namespace BriefingBot.Telegram.Tests;

/// <summary>Puts known actors in the store directly, so the tests do not depend on what extraction finds.</summary>
public static class Seed
{
    public static async Task<int> ActorsAsync(IKnowledgeStore store, params (string Name, string Role, string[] Aliases)[] people)
    {
        var now = DateTimeOffset.UtcNow;
        var actors = people.Select(p => new Actor
        {
            Kind = ActorKind.Person,
            Name = p.Name,
            Aliases = [p.Name, .. p.Aliases],
            Keys = [.. ActorKeys.For([p.Name, .. p.Aliases])],
            Roles = [new ActorRole { Title = p.Role, Country = "Russia", Evidence = $"{p.Role} {p.Name}" }],
            Country = "Russia",
            ArticleIds = [0],
            FirstSeen = now,
            LastSeen = now,
        }).ToList();
        var article = new Article { Title = "Seeded article", Body = string.Join(". ", people.Select(p => p.Name)), IngestedAt = now, ContentHash = Guid.NewGuid().ToString("N") };
        return await store.CommitIngestAsync(new IngestBatch(article, actors, [], new Dictionary<Meeting, IReadOnlyList<Actor>>()), CancellationToken.None);
    }
}
