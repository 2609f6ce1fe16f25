using System.Runtime.InteropServices;
using BriefingBot.Core.Actors;
using BriefingBot.Core.Meetings;
using LiteDB;

namespace BriefingBot.Storage.Tests;

/// <summary>A data file written before actors kept counts and one entry per role opens with nothing lost.</summary>
public sealed class SchemaMigrationTests
{
    [Fact]
    public async Task A_file_from_the_first_layout_is_migrated_once_with_every_fact_kept()
    {
        using var file = new TempDataFile("v1");
        var path = file.Path;
        using (var old = new LiteDatabase(path))
        {
            // The first layout: every article id and one role entry per article on the actor, no status key.
            old.GetCollection("articles").Insert(new BsonDocument { ["_id"] = 1, ["Title"] = "One", ["Body"] = "Visit one.", ["ContentHash"] = "h1", ["ActorIds"] = new BsonArray { 1 }, ["MeetingIds"] = new BsonArray { 1 } });
            old.GetCollection("articles").Insert(new BsonDocument { ["_id"] = 2, ["Title"] = "Two", ["Body"] = "Visit two.", ["ContentHash"] = "h2", ["ActorIds"] = new BsonArray { 1 }, ["MeetingIds"] = new BsonArray() });
            old.GetCollection("actors").Insert(new BsonDocument
            {
                ["_id"] = 1,
                ["Kind"] = "Person",
                ["Name"] = "Irina Sokolova",
                ["Aliases"] = new BsonArray { "Irina Sokolova" },
                ["Keys"] = new BsonArray { "sokolova" },
                ["ArticleIds"] = new BsonArray { 1, 2 },
                ["Roles"] = new BsonArray
                {
                    new BsonDocument { ["Title"] = "Foreign Minister", ["Country"] = "Moldova", ["ArticleId"] = 1, ["Evidence"] = "Said in one." },
                    new BsonDocument { ["Title"] = "Foreign Minister", ["Country"] = "Moldova", ["ArticleId"] = 2, ["Evidence"] = "Said in two." },
                },
            });
            old.GetCollection("meetings").Insert(new BsonDocument
            {
                ["_id"] = 1,
                ["Kind"] = "Visit",
                ["Status"] = "Planned",
                ["ParticipantIds"] = new BsonArray { 1 },
                ["ArticleIds"] = new BsonArray { 1 },
                ["Reports"] = new BsonArray { new BsonDocument { ["ArticleId"] = 1, ["Status"] = "Planned", ["Evidence"] = "Visit one." } },
            });
        }

        using var context = new LiteDbContext(new LiteDatabase(path));
        var store = new LiteDbKnowledgeStore(context);
        var sokolova = (await store.GetActorAsync(1, CancellationToken.None))!;
        Assert.Equal((2, 1), (sokolova.ArticleCount, sokolova.MeetingCount));
        Assert.Equal([1], sokolova.MeetingIds);
        var role = Assert.Single(sokolova.Roles);
        Assert.Equal((2, 2, "Said in two."), (role.Count, role.ArticleId, role.Evidence));
        Assert.Equal("Said in one.", Assert.Single((await store.GetArticleAsync(1, CancellationToken.None))!.Roles).Evidence);
        Assert.Equal(1, Assert.Single(await store.FindMeetingsByStatusAsync(MeetingStatus.Planned, 5, CancellationToken.None)).Id);

        // Removal works on the migrated record, and the next id follows the old ones.
        Assert.True(await store.RemoveArticleAsync(2, CancellationToken.None));
        role = Assert.Single((await store.GetActorAsync(1, CancellationToken.None))!.Roles);
        Assert.Equal((1, 1, "Said in one."), (role.Count, role.ArticleId, role.Evidence));
    }

    [Fact]
    public async Task A_file_with_meeting_keys_on_disk_drops_them_and_still_finds_its_meetings()
    {
        using var file = new TempDataFile("v2");
        var path = file.Path;
        using (var old = new LiteDatabase(path))
        {
            // Version 2 kept each meeting's keys and one posting document per key in the file.
            old.GetCollection("state").Insert(new BsonDocument { ["_id"] = "schema.version", ["Value"] = 2 });
            old.GetCollection("meetings").Insert(new BsonDocument
            {
                ["_id"] = 7,
                ["Kind"] = "Talks",
                ["Status"] = "Held",
                ["Date"] = "2026-03-04",
                ["ParticipantIds"] = new BsonArray { 3, 4 },
                ["ArticleIds"] = new BsonArray { 1 },
                ["Reports"] = new BsonArray { new BsonDocument { ["ArticleId"] = 1, ["Status"] = "Held", ["Evidence"] = "They met.", ["Published"] = "2026-03-05" } },
            });
            old.GetCollection("meeting_keys").Insert(new BsonDocument { ["_id"] = 7, ["Keys"] = new BsonArray { "3|d|2026-03-04" } });
            old.GetCollection("meeting_key_postings").Insert(new BsonDocument { ["_id"] = "3|d|2026-03-04#000000", ["Ids"] = new byte[] { 7, 0, 0, 0 } });
        }

        using (var context = new LiteDbContext(new LiteDatabase(path)))
        {
            var store = new LiteDbKnowledgeStore(context);
            var found = await store.FindMeetingCandidatesAsync([4], new MeetingDate(2026, 3, 4), new DateOnly(2026, 3, 6), CancellationToken.None);
            Assert.Equal(7, Assert.Single(found).Id);
            Assert.Empty(await store.FindMeetingCandidatesAsync([4], new MeetingDate(2026, 5, 4), new DateOnly(2026, 5, 6), CancellationToken.None));
        }

        using var reopened = new LiteDatabase(path);
        Assert.DoesNotContain("meeting_keys", reopened.GetCollectionNames());
        Assert.DoesNotContain("meeting_key_postings", reopened.GetCollectionNames());
        Assert.Equal(SchemaMigration.Current, reopened.GetCollection("state").FindById("schema.version")["Value"].AsInt32);
    }

    [Fact]
    public async Task A_file_whose_search_postings_went_back_makes_them_again_and_finds_every_article()
    {
        using var file = new TempDataFile("v3");
        // Before ids were never given twice: article 10 was removed while newest and its id given again later, inside
        // the flush that wrote 12 and 13, so that block goes back.
        WriteVersion3(
            file.Path,
            [(9, "Talks in Quito."), (10, "Talks in Lima."), (11, "Lima talks resume."), (12, "Talks in Bogota."), (13, "Talks in Caracas.")],
            [("talks", [9, 11]), ("talks", [12, 10, 13]), ("lima", [11, 10])]);

        using (var context = new LiteDbContext(new LiteDatabase(file.Path)))
        {
            var store = new LiteDbKnowledgeStore(context);
            Assert.Equal([11, 10], (await store.SearchArticlesAsync(["talks", "lima"], 10, CancellationToken.None)).Select(a => a.Id));
            Assert.Equal([13, 12, 11, 10, 9], (await store.SearchArticlesAsync(["talks"], 10, CancellationToken.None)).Select(a => a.Id));
        }

        using var reopened = new LiteDatabase(file.Path);
        Assert.Equal(SchemaMigration.Current, reopened.GetCollection("state").FindById("schema.version")["Value"].AsInt32);
    }

    [Fact]
    public async Task A_file_whose_search_postings_are_in_order_keeps_them()
    {
        using var file = new TempDataFile("v3");
        WriteVersion3(file.Path, [(1, "Talks in Lima."), (2, "Talks in Quito.")], [("talks", [1, 2])]);

        using (var context = new LiteDbContext(new LiteDatabase(file.Path)))
        {
            Assert.Equal([2, 1], (await new LiteDbKnowledgeStore(context).SearchArticlesAsync(["talks"], 10, CancellationToken.None)).Select(a => a.Id));
        }

        using var reopened = new LiteDatabase(file.Path);
        Assert.Equal("talks#0000000001", Assert.Single(reopened.GetCollection("search_postings").FindAll())["_id"].AsString);
    }

    // A version 3 file: articles with bodies, all of them indexed, and posting blocks as given, each named by its first id.
    private static void WriteVersion3(string path, (int Id, string Body)[] articles, (string Term, int[] Ids)[] blocks)
    {
        using var old = new LiteDatabase(path);
        old.GetCollection("state").Insert(new BsonDocument { ["_id"] = "schema.version", ["Value"] = 3 });
        old.GetCollection("state").Insert(new BsonDocument { ["_id"] = "search.indexed_upto", ["Value"] = articles.Max(a => a.Id) });
        foreach (var (id, body) in articles)
        {
            old.GetCollection("articles").Insert(new BsonDocument { ["_id"] = id, ["Title"] = $"Report {id}", ["Body"] = body, ["ContentHash"] = $"h{id}", ["ActorIds"] = new BsonArray(), ["MeetingIds"] = new BsonArray() });
        }

        foreach (var (term, ids) in blocks)
        {
            old.GetCollection("search_postings").Insert(new BsonDocument { ["_id"] = $"{term}#{ids[0]:D10}", ["Ids"] = MemoryMarshal.AsBytes<int>(ids).ToArray() });
        }
    }
}
