using System.Runtime.InteropServices;
using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Meetings;
using BriefingBot.Core.Storage;
using LiteDB;

namespace BriefingBot.Storage.Tests;

public sealed class KnowledgeStoreTests
{
    private static readonly CancellationToken s_none = CancellationToken.None;

    [Fact]
    public async Task Commit_assigns_ids_and_links_new_actors_into_meetings()
    {
        var (context, store) = StoreFixture.Create();
        using var _ = context;
        var (batch, meeting) = Batch("Ministers of Chile and Peru met in Lima to discuss the fisheries dispute.", "Ana Torres", "Luis Vega");

        var id = await store.CommitIngestAsync(batch, s_none);

        var saved = await store.GetMeetingAsync(meeting.Id, s_none);
        var actors = await store.GetActorsAsync(saved!.ParticipantIds, s_none);
        Assert.Equal(["Ana Torres", "Luis Vega"], actors.Select(a => a.Name).Order());
        Assert.All(actors, a => Assert.Equal([id], a.ArticleIds));
        Assert.Equal([id], saved.ArticleIds);
        Assert.Equal(id, saved.Reports.Single().ArticleId);
    }

    [Fact]
    public async Task Actors_are_found_by_any_key_and_by_key_prefix()
    {
        var (context, store) = StoreFixture.Create();
        using var _ = context;
        await store.CommitIngestAsync(Batch("Text one about a visit.", "Ana Torres", "Luis Vega").Batch, s_none);

        var byKey = await store.FindActorsByKeysAsync(["vega", "nobody"], s_none);
        var byPrefix = await store.FindActorsByKeyPrefixAsync("ana", 10, s_none);

        Assert.Equal("Luis Vega", Assert.Single(byKey).Name);
        Assert.Equal("Ana Torres", Assert.Single(byPrefix).Name);
    }

    [Fact]
    public async Task Sketches_by_key_prefix_carry_names_and_counts_in_key_order()
    {
        var (context, store) = StoreFixture.Create();
        using var _ = context;
        await store.CommitIngestAsync(Batch("Text one about a visit.", "Ana Torres", "Anabel Ruiz", "Luis Vega").Batch, s_none);

        var sketches = await store.FindActorSketchesByKeyPrefixAsync("ana", 10, s_none);

        Assert.Equal(["Ana Torres", "Anabel Ruiz"], sketches.Select(a => a.Name));
        Assert.Equal([1, 1], sketches.Select(a => a.ArticleCount));
        Assert.Equal("Ana Torres", Assert.Single(await store.FindActorSketchesByKeyPrefixAsync("ana", 1, s_none)).Name);
        Assert.Empty(await store.FindActorSketchesByKeyPrefixAsync("zz", 10, s_none));
    }

    [Fact]
    public async Task Sketches_by_id_carry_names_countries_and_roles_and_skip_unknown_ids()
    {
        var (context, store) = StoreFixture.Create();
        using var _ = context;
        var (batch, _) = Batch("Text one about a visit.", "Ana Torres", "Luis Vega");
        batch.Actors[0].Country = "Peru";
        batch.Actors[0].Roles.Add(new ActorRole { Title = "Foreign Minister", Country = "Peru", Evidence = "Foreign Minister Ana Torres." });
        await store.CommitIngestAsync(batch, s_none);
        var ids = (await store.FindActorsByKeysAsync(["torres", "vega"], s_none)).Select(a => a.Id).ToList();

        var sketches = await store.GetActorSketchesAsync([.. ids, 999], s_none);

        Assert.Equal(2, sketches.Count);
        var torres = sketches.Single(a => a.Name == "Ana Torres");
        Assert.Equal(("Peru", "Foreign Minister", "Peru"), (torres.Country, torres.Roles.Single().Title, torres.Roles.Single().Country));
        Assert.Equal(["Ana Torres"], torres.Aliases);
    }

    [Fact]
    public async Task Many_sketches_asked_for_right_after_start_come_from_the_index_built_first()
    {
        using var file = new TempDataFile("sketches");
        using (var context = LiteDbContext.OpenFile(file.Path))
        {
            var store = new LiteDbKnowledgeStore(context);
            var body = "Six hundred delegates met in Lima.";
            var actors = Enumerable.Range(0, 600).Select(i => new Actor
            {
                Kind = ActorKind.Person,
                Name = $"Delegate {i:000} Quispe",
                Aliases = [$"Delegate {i:000} Quispe"],
                Keys = [$"delegate {i:000} quispe"],
                Country = i % 2 == 0 ? "Peru" : "Chile",
                ArticleIds = [0],
            }).ToList();
            await store.CommitIngestAsync(new IngestBatch(new Article { Title = "Lima", Body = body, ContentHash = ContentHash.Of(body) }, actors, [], new Dictionary<Meeting, IReadOnlyList<Actor>>()), s_none);
        }

        using var reopened = LiteDbContext.OpenFile(file.Path);
        var again = new LiteDbKnowledgeStore(reopened);
        var ids = Enumerable.Range(1, 600).Append(999).ToList();

        var sketches = await again.GetActorSketchesAsync(ids, s_none);

        Assert.True(reopened.ActorIndex.IsBuilt);
        Assert.Equal(600, sketches.Count);
        Assert.Equal(Enumerable.Range(0, 600).Select(i => $"Delegate {i:000} Quispe"), sketches.Select(a => a.Name).Order());
        Assert.Equal(300, sketches.Count(a => a.Country == "Peru"));
    }

    [Fact]
    public async Task A_countrys_meeting_lists_come_from_its_people()
    {
        var (context, store) = StoreFixture.Create();
        using var _ = context;
        var (batch, _) = Batch("Text one about a visit.", "Ana Torres", "Luis Vega");
        batch.Actors[0].Country = "Peru";
        await store.CommitIngestAsync(batch, s_none);

        var lists = await store.FindMeetingListsByCountryAsync("Peru", s_none);

        var torres = Assert.Single(lists);
        Assert.Equal(("Ana Torres", 1), (torres.Name, torres.MeetingCount));
        Assert.Single(torres.MeetingIds);
        Assert.Empty(await store.FindMeetingListsByCountryAsync("Chile", s_none));
    }

    [Fact]
    public async Task A_countrys_meeting_lists_from_memory_follow_new_meetings_and_match_the_files()
    {
        using var file = new TempDataFile("country");
        int torresId;
        List<string> fromMemory;
        using (var context = LiteDbContext.OpenFile(file.Path))
        {
            var store = new LiteDbKnowledgeStore(context);
            var (first, _) = Batch("Text one about a visit.", "Ana Torres", "Luis Vega");
            first.Actors[0].Country = "Peru";
            first.Actors[1].Country = "Chile";
            await store.CommitIngestAsync(first, s_none);
            Assert.True(context.ActorIndex.IsBuilt);
            torresId = Assert.Single(await store.FindMeetingListsByCountryAsync("Peru", s_none)).Id;

            // Ana Torres, known now, joins a second meeting with a new Peruvian.
            var (pinto, meeting) = Batch("Text two about a call.", "Rosa Pinto");
            pinto.Actors[0].Country = "Peru";
            var torres = (await store.GetActorAsync(torresId, s_none))!;
            torres.ArticleIds.Add(0);
            List<Actor> both = [pinto.Actors[0], torres];
            await store.CommitIngestAsync(pinto with { Actors = both, MeetingParticipants = new Dictionary<Meeting, IReadOnlyList<Actor>> { [meeting] = both } }, s_none);

            fromMemory = Lists(await store.FindMeetingListsByCountryAsync("Peru", s_none));
        }

        // Her list has both meetings, newest last; his has the new one.
        Assert.Equal(["Ana Torres: 2 meetings, 1 2", "Rosa Pinto: 1 meetings, 2"], fromMemory);

        // A fresh process builds its index from the file at the first lookup: the same lists.
        using (var reopened = LiteDbContext.OpenFile(file.Path))
        {
            var store = new LiteDbKnowledgeStore(reopened);
            Assert.False(reopened.ActorIndex.IsBuilt);
            Assert.Equal(fromMemory, Lists(await store.FindMeetingListsByCountryAsync("Peru", s_none)));
            Assert.True(reopened.ActorIndex.IsBuilt);
            Assert.Equal("Luis Vega", Assert.Single(await store.FindMeetingListsByCountryAsync("Chile", s_none)).Name);
            Assert.Empty(await store.FindMeetingListsByCountryAsync("Bolivia", s_none));
        }

        static List<string> Lists(IEnumerable<Actor> actors) =>
            [.. actors.Select(a => $"{a.Name}: {a.MeetingCount} meetings, {string.Join(' ', a.MeetingIds)}")];
    }

    [Fact]
    public async Task A_full_name_is_offered_the_people_sharing_it_and_those_known_by_the_surname_alone()
    {
        var (context, store) = StoreFixture.Create();
        using var _ = context;
        // Two known by the surname alone: one with a country; one with neither country nor role, whom the matcher can
        // never join to a full name.
        var (batch, _) = Batch("Text one about a visit.", "Ana Torres", "Luis Torres", "Torres", "Torres");
        foreach (var actor in batch.Actors)
        {
            actor.Keys = [.. ActorKeys.For(actor.Aliases)];
        }

        batch.Actors[2].Country = "Spain";
        await store.CommitIngestAsync(batch, s_none);
        var (withCountry, withNothing) = (batch.Actors[2].Id, batch.Actors[3].Id);

        async Task<List<string>> Offered(string name) =>
            [.. (await store.FindPersonCandidatesAsync(ActorKeys.For([name]), s_none)).Select(a => a.Name).Order()];
        async Task<List<int>> OfferedIds(string name) =>
            [.. (await store.FindPersonCandidatesAsync(ActorKeys.For([name]), s_none)).Select(a => a.Id).Order()];

        Assert.Equal([withCountry], await OfferedIds("María Torres"));
        Assert.Equal(["Ana Torres", "Torres"], await Offered("Ana Torres"));
        // A surname alone could be any of them.
        Assert.Equal(["Ana Torres", "Luis Torres", "Torres", "Torres"], await Offered("Torres"));

        // Once the bare surname with nothing else has a role, it is offered; once it has a full name, it is a
        // full-named person like the others.
        var torres = (await store.FindActorsByKeysAsync(ActorKeys.For(["Torres"]), s_none)).Single(a => a.Id == withNothing);
        torres.Roles.Add(new ActorRole { Title = "mayor", ArticleId = 0, Evidence = "Mayor Torres spoke." });
        torres.ArticleIds.Add(0);
        var (second, meeting) = Batch("Text two about a call.");
        await store.CommitIngestAsync(second with { Actors = [torres], MeetingParticipants = new Dictionary<Meeting, IReadOnlyList<Actor>> { [meeting] = [torres] } }, s_none);
        Assert.Equal([withCountry, withNothing], await OfferedIds("María Torres"));

        torres = (await store.FindActorsByKeysAsync(ActorKeys.For(["Torres"]), s_none)).Single(a => a.Id == withNothing);
        torres.Aliases.Add("Pedro Torres");
        torres.Keys = [.. ActorKeys.For(torres.Aliases)];
        torres.ArticleIds.Add(0);
        var (third, call) = Batch("Text three about a call.");
        await store.CommitIngestAsync(third with { Actors = [torres], MeetingParticipants = new Dictionary<Meeting, IReadOnlyList<Actor>> { [call] = [torres] } }, s_none);

        Assert.Equal([withCountry], await OfferedIds("María Torres"));
        Assert.Equal([withCountry, withNothing], await OfferedIds("Pedro Torres"));
        Assert.Equal(4, (await Offered("Torres")).Count);
    }

    [Fact]
    public async Task Articles_are_found_by_hash_and_address_through_the_filter_in_a_new_process_and_in_a_batch()
    {
        using var file = new TempDataFile("keys");
        var (first, _) = Batch("Text one about a visit.", "Ana Torres");
        first.Article.Url = "https://news.example/one";
        var (second, _) = Batch("Text two about a call.", "Luis Vega");
        using (var context = LiteDbContext.OpenFile(file.Path))
        {
            var store = new LiteDbKnowledgeStore(context);
            await store.CommitIngestAsync(first, s_none);
            await store.CommitIngestAsync(second, s_none);
            Assert.True(await store.RemoveArticleAsync(second.Article.Id, s_none));
        }

        using var reopened = LiteDbContext.OpenFile(file.Path);
        var again = new LiteDbKnowledgeStore(reopened);
        reopened.ArticleKeys.Warm(reopened.Database);
        Assert.True(reopened.ArticleKeys.IsBuilt);

        Assert.Equal(first.Article.Id, (await again.FindArticleByHashAsync(first.Article.ContentHash, s_none))?.Id);
        Assert.Equal(first.Article.Id, (await again.FindArticleByUrlAsync("https://news.example/one", s_none))?.Id);
        Assert.Null(await again.FindArticleByUrlAsync("https://news.example/two", s_none));
        // Removed: still a "maybe" in the filter, but the file has no such article.
        Assert.Null(await again.FindArticleByHashAsync(second.Article.ContentHash, s_none));

        // Inside a batch, an article written earlier in it is found.
        var (third, _) = Batch("Text three about talks.", "Rosa Pinto");
        third.Article.Url = "https://news.example/three";
        using (again.BeginBatch())
        {
            Assert.Null(await again.FindArticleByHashAsync(third.Article.ContentHash, s_none));
            await again.CommitIngestAsync(third, s_none);
            Assert.Equal(third.Article.Id, (await again.FindArticleByHashAsync(third.Article.ContentHash, s_none))?.Id);
            Assert.Equal(third.Article.Id, (await again.FindArticleByUrlAsync("https://news.example/three", s_none))?.Id);
        }
    }

    [Fact]
    public async Task Meeting_outlines_come_in_the_order_asked_without_reports_but_with_their_count()
    {
        var (context, store) = StoreFixture.Create();
        using var _ = context;
        await store.CommitIngestAsync(Batch("Text one about a visit.", "Ana Torres").Batch, s_none);
        await store.CommitIngestAsync(Batch("Text two about a visit.", "Luis Vega").Batch, s_none);
        var ids = (await store.LatestMeetingsAsync(5, s_none)).Select(m => m.Id).Order().ToList();

        var outlines = await store.GetMeetingOutlinesAsync([ids[1], 999, ids[0]], s_none);

        Assert.Equal([ids[1], ids[0]], outlines.Select(m => m.Id));
        Assert.All(outlines, m => Assert.Empty(m.Reports));
        Assert.All(outlines, m => Assert.Equal((1, MeetingStatus.Held, MeetingKind.Talks), (m.ReportCount, m.Status, m.Kind)));
        Assert.Single(outlines[0].ParticipantIds);
    }

    [Fact]
    public async Task Meetings_are_found_by_participant()
    {
        var (context, store) = StoreFixture.Create();
        using var _ = context;
        await store.CommitIngestAsync(Batch("Text one about a visit.", "Ana Torres", "Luis Vega").Batch, s_none);
        var vega = Assert.Single(await store.FindActorsByKeysAsync(["vega"], s_none));

        // Through the participant's own list of its meetings: the store keeps no index of meetings by participant.
        var listed = await store.GetMeetingsAsync(vega.MeetingIds, s_none);

        Assert.Contains(vega.Id, Assert.Single(listed).ParticipantIds);
    }

    [Fact]
    public async Task A_file_from_before_drops_its_participant_index_on_opening()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bb-{Guid.NewGuid():N}.db");
        try
        {
            using (var old = new LiteDB.LiteDatabase(path))
            {
                old.GetCollection("meetings").EnsureIndex("ParticipantIds", "$.ParticipantIds[*]");
                Assert.Contains(old.GetCollection("$indexes").FindAll(), i => i["name"] == "ParticipantIds");
            }

            using (var context = LiteDbContext.OpenFile(path))
            {
                Assert.DoesNotContain(context.Database.GetCollection("$indexes").FindAll(), i => i["name"] == "ParticipantIds");
                Assert.Contains(context.Database.GetCollection("$indexes").FindAll(), i => i["name"] == "StatusKey");
            }
        }
        finally
        {
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileNameWithoutExtension(path) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public async Task A_file_from_before_drops_its_actor_key_and_country_indexes_and_still_finds_its_actors()
    {
        using var file = new TempDataFile("actor-indexes");
        using (var context = LiteDbContext.OpenFile(file.Path))
        {
            var (batch, _) = Batch("Text one about a visit.", "Ana Torres", "Luis Vega");
            batch.Actors[0].Country = "Peru";
            await new LiteDbKnowledgeStore(context).CommitIngestAsync(batch, s_none);
        }

        // As files before this version were: the actors indexed by key and by country in the file.
        using (var old = new LiteDB.LiteDatabase(file.Path))
        {
            old.GetCollection("actors").EnsureIndex("Keys", "$.Keys[*]");
            old.GetCollection("actors").EnsureIndex("Country", "$.Country");
        }

        using (var context = LiteDbContext.OpenFile(file.Path))
        {
            var indexes = context.Database.GetCollection("$indexes").FindAll().Where(i => i["collection"] == "actors").Select(i => i["name"].AsString);
            Assert.Equal(["_id"], indexes);

            // A new process: its first lookup builds the actors' index from the file.
            var store = new LiteDbKnowledgeStore(context);
            Assert.Equal("Luis Vega", Assert.Single(await store.FindActorsByKeysAsync(["vega"], s_none)).Name);
            Assert.True(context.ActorIndex.IsBuilt);
            Assert.Equal("Ana Torres", Assert.Single(await store.FindActorsByKeyPrefixAsync("tor", 10, s_none)).Name);
            var peruvian = Assert.Single(await store.FindActorsByCountryAsync("Peru", s_none));
            Assert.Equal(("Ana Torres", 1), (peruvian.Name, peruvian.ArticleCount));
            Assert.Empty(await store.FindActorsByCountryAsync("Chile", s_none));
        }
    }

    [Fact]
    public async Task Search_needs_every_word_and_ignores_case_and_diacritics()
    {
        var (context, store) = StoreFixture.Create();
        using var _ = context;
        await store.CommitIngestAsync(Batch("The ceasefire in Bogotá held overnight.", "Ana Torres").Batch, s_none);
        await store.CommitIngestAsync(Batch("A ceasefire was broken near the border.", "Luis Vega").Batch, s_none);

        var both = await store.SearchArticlesAsync(["Ceasefire"], 10, s_none);
        var one = await store.SearchArticlesAsync(["ceasefire", "bogota"], 10, s_none);
        var none = await store.SearchArticlesAsync(["ceasefire", "moon"], 10, s_none);

        Assert.Equal(2, both.Count);
        Assert.Contains("Bogotá", Assert.Single(one).Body, StringComparison.Ordinal);
        Assert.Empty(none);
    }

    [Fact]
    public async Task An_article_whose_terms_come_with_it_is_found_by_them_once()
    {
        var (context, store) = StoreFixture.Create();
        using var _ = context;
        // As extraction gives them: in any order, a term twice ("Talks" and "talks" both gave it).
        var given = Batch("Talks in Bogotá: the talks went on.", "Ana Torres").Batch with { SearchTerms = ["bogota", "talks", "went", "on", "talks", "in"] };
        await store.CommitIngestAsync(given, s_none);
        await store.CommitIngestAsync(Batch("A ceasefire was broken near the border.", "Luis Vega").Batch, s_none);

        var found = await store.SearchArticlesAsync(["talks", "Bogota"], 10, s_none);

        Assert.Equal(given.Article.Id, Assert.Single(found).Id);
        Assert.Single(await store.SearchArticlesAsync(["ceasefire"], 10, s_none));
        context.Search.Flush();
        var talks = context.Database.GetCollection(Indexes.Postings).Find(Query.StartsWith("_id", "talks#"))
            .SelectMany(block => MemoryMarshal.Cast<byte, int>(block["Ids"].AsBinary).ToArray());
        Assert.Equal([given.Article.Id], talks);
    }

    [Fact]
    public async Task Removing_an_article_drops_facts_only_it_supported()
    {
        var (context, store) = StoreFixture.Create();
        using var _ = context;
        var first = await store.CommitIngestAsync(Batch("First report of the visit.", "Ana Torres").Batch, s_none);
        var torres = Assert.Single(await store.FindActorsByKeysAsync(["torres"], s_none));
        torres.ArticleIds.Add(0);
        var second = new Article { Title = "Second", Body = "Second report.", ContentHash = "h2" };
        await store.CommitIngestAsync(new IngestBatch(second, [torres], [], new Dictionary<Meeting, IReadOnlyList<Actor>>()), s_none);

        Assert.True(await store.RemoveArticleAsync(first, s_none));

        var left = Assert.Single(await store.FindActorsByKeysAsync(["torres"], s_none));
        Assert.Equal([second.Id], left.ArticleIds);
        Assert.Null(await store.GetArticleAsync(first, s_none));
        Assert.Empty(await store.SearchArticlesAsync(["first"], 10, s_none));
        Assert.Empty(await store.LatestMeetingsAsync(10, s_none));
    }

    [Fact]
    public async Task A_failed_commit_leaves_nothing_behind()
    {
        var (context, store) = StoreFixture.Create();
        using var _ = context;
        await store.CommitIngestAsync(Batch("Original text.", "Ana Torres").Batch, s_none);
        // The same content hash violates the unique index halfway through the batch.
        var clash = Batch("Original text.", "Luis Vega").Batch;

        await Assert.ThrowsAnyAsync<Exception>(() => store.CommitIngestAsync(clash, s_none));

        Assert.Equal(1, await store.CountArticlesAsync(s_none));
        Assert.Empty(await store.FindActorsByKeysAsync(["vega"], s_none));
    }

    [Fact]
    public async Task Meetings_are_found_by_place_and_move_with_it()
    {
        using var file = new TempDataFile("places");
        int id;
        using (var context = LiteDbContext.OpenFile(file.Path))
        {
            var store = new LiteDbKnowledgeStore(context);
            var (batch, meeting) = Batch("Ministers of Norway and Sweden met in Bergen.", "Ana Torres", "Luis Vega");
            meeting.Location = "Bergen";
            await store.CommitIngestAsync(batch, s_none);
            id = meeting.Id;
            Assert.Equal([id], await store.FindMeetingIdsAtAsync("bergen", s_none));

            // A later report moves the talks to Tromsø.
            var moved = (await store.GetMeetingAsync(id, s_none))!;
            moved.Location = "Tromsø";
            moved.ArticleIds.Add(0);
            moved.Reports.Add(new MeetingReport { Evidence = "The talks moved to Tromsø." });
            var body = "The talks moved to Tromsø.";
            var article = new Article { Title = "Moved", Body = body, ContentHash = ContentHash.Of(body), IngestedAt = DateTimeOffset.UnixEpoch };
            await store.CommitIngestAsync(new IngestBatch(article, [], [moved], new Dictionary<Meeting, IReadOnlyList<Actor>>()), s_none);

            Assert.Empty(await store.FindMeetingIdsAtAsync("Bergen", s_none));
            Assert.Equal([id], await store.FindMeetingIdsAtAsync("TROMSO", s_none));
        }

        // Read again from the file.
        using var reopened = LiteDbContext.OpenFile(file.Path);
        var again = new LiteDbKnowledgeStore(reopened);
        Assert.Empty(await again.FindMeetingIdsAtAsync("Bergen", s_none));
        Assert.Equal([id], await again.FindMeetingIdsAtAsync("Tromsø", s_none));
        Assert.Empty(await again.FindMeetingIdsAtAsync("Oslo", s_none));
    }

    [Fact]
    public async Task Articles_since_a_time_come_in_chunks_each_once_with_their_bodies()
    {
        var (context, store) = StoreFixture.Create();
        using var _ = context;
        var morning = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        var ids = new List<int>();
        for (var i = 0; i < 11; i++)
        {
            ids.Add(await AddReportAsync(store, $"Report {i}: the delegations of Chile and Peru met in Lima about fisheries.", morning.AddHours(i - 3)));
        }

        var chunks = new List<IReadOnlyList<Article>>();
        await store.ReadArticlesSinceAsync(morning, 3, chunk => chunks.Add([.. chunk]), s_none);

        // The three before eight o'clock are left out; the other eight come in chunks of at most three.
        Assert.Equal([3, 3, 2], chunks.Select(c => c.Count));
        var read = chunks.SelectMany(c => c).ToList();
        Assert.Equal(ids.Skip(3), read.Select(a => a.Id).Order());
        Assert.All(read, a => Assert.Equal($"Report {a.Id - ids[0]}: the delegations of Chile and Peru met in Lima about fisheries.", a.Body));
        Assert.Equal(
            (await store.ArticlesSinceAsync(morning, s_none)).Select(a => a.Id),
            read.Select(a => a.Id).Order());
    }

    [Fact]
    public async Task Articles_of_one_time_come_each_once_when_they_outnumber_a_chunk()
    {
        var (context, store) = StoreFixture.Create();
        using var _ = context;
        var morning = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        var ids = new List<int>();
        // A bulk import stamps many articles with the same millisecond: seven at eight o'clock, then one a minute later.
        for (var i = 0; i < 8; i++)
        {
            ids.Add(await AddReportAsync(store, $"Report {i}: the foreign ministers of Chile and Peru spoke by phone.", i < 7 ? morning : morning.AddMinutes(1)));
        }

        var chunks = new List<IReadOnlyList<Article>>();
        await store.ReadArticlesSinceAsync(morning, 3, chunk => chunks.Add([.. chunk]), s_none);

        Assert.Equal([3, 3, 2], chunks.Select(c => c.Count));
        Assert.Equal(ids, chunks.SelectMany(c => c).Select(a => a.Id).Order());
        Assert.Equal(ids[^1], chunks[^1][^1].Id);
    }

    private static (IngestBatch Batch, Meeting Meeting) Batch(string body, params string[] names)
    {
        var article = new Article { Title = body[..10], Body = body, ContentHash = ContentHash.Of(body), IngestedAt = DateTimeOffset.UnixEpoch };
        var actors = names.Select(n => new Actor
        {
            Kind = ActorKind.Person,
            Name = n,
            Aliases = [n],
            Keys = [ActorKeys.Fold(n), ActorKeys.Fold(n.Split(" ")[^1])],
            ArticleIds = [0],
        }).ToList();
        var meeting = new Meeting { Kind = MeetingKind.Talks, Status = MeetingStatus.Held, ArticleIds = [0], Reports = [new MeetingReport { Evidence = body }] };
        var participants = new Dictionary<Meeting, IReadOnlyList<Actor>> { [meeting] = actors };
        return (new IngestBatch(article, actors, [meeting], participants), meeting);
    }

    // An article with no actors or meetings, titled by the words before its colon.
    private static Task<int> AddReportAsync(IKnowledgeStore store, string body, DateTimeOffset ingestedAt) =>
        store.CommitIngestAsync(
            new IngestBatch(
                new Article { Title = body[..body.IndexOf(':')], Body = body, ContentHash = ContentHash.Of(body), IngestedAt = ingestedAt },
                [],
                [],
                new Dictionary<Meeting, IReadOnlyList<Actor>>()),
            s_none);
}
