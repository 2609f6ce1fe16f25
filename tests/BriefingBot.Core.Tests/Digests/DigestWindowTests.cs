using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Digests;
using BriefingBot.Core.Meetings;

namespace BriefingBot.Core.Tests.Digests;

public sealed class DigestWindowTests
{
    private static readonly DateTimeOffset s_morning = new(2022, 3, 7, 8, 0, 0, TimeSpan.Zero);

    private readonly MemoryKnowledgeStore _store = new();
    private readonly Article _istanbulTalks;
    private readonly Article _inspections;
    private readonly Article _odesa;
    private readonly Article _insurance;

    public DigestWindowTests()
    {
        // Talks and inspections report meeting 11, inspections and loading meeting 12: one story through the middle one.
        _istanbulTalks = TestArticles.Load("chain-istanbul-grain-corridor", s_morning);
        _inspections = TestArticles.Load("chain-istanbul-inspections", s_morning.AddHours(1));
        _odesa = TestArticles.Load("chain-odesa-loading", s_morning.AddHours(2));
        _insurance = TestArticles.Load("tass-black-sea-grain", s_morning.AddHours(3));
        _store.Articles.AddRange([_istanbulTalks, _inspections, _odesa, _insurance]);
        _store.Actors.AddRange(
        [
            new Actor { Id = 3, Name = "Mevlüt Çavuşoğlu", Kind = ActorKind.Person, Country = "Turkey", Aliases = ["Çavuşoğlu"] },
            new Actor { Id = 4, Name = "Novorossiysk", Kind = ActorKind.Place },
            new Actor { Id = 5, Name = "Halyna Marchenko", Kind = ActorKind.Person, Roles = [new ActorRole { Title = "port director", Country = "Ukraine" }] },
            new Actor { Id = 6, Name = "Kyiv Exporters Union", Kind = ActorKind.Organization },
        ]);
        _store.Meetings.AddRange(
        [
            new Meeting { Id = 11, Kind = MeetingKind.Talks, Location = "İstanbul", ParticipantIds = [3], Status = MeetingStatus.Held, FirstReported = s_morning, StatusChanged = s_morning },
            new Meeting { Id = 12, Kind = MeetingKind.Visit, Location = "Odesa", ParticipantIds = [5, 6], Status = MeetingStatus.Planned, FirstReported = s_morning, StatusChanged = s_morning.AddHours(2) },
        ]);
    }

    public static TheoryData<string> Topics =>
    [
        "Mevlut Cavusoglu", "çavuşoğlu", "TURKEY", "ukraine", "istanbul", "Black Sea", "black seas", "sea black", "grain corr",
        "grain corridor", "Odesa", "Bosphorus", "Kyiv Exporters Union", "route”", "north africa",
    ];

    [Fact]
    public async Task Topics_match_folded_whole_words_of_names_aliases_countries_roles_places_and_text()
    {
        var window = await PrepareAsync();

        Assert.Equal([_istanbulTalks.Id], Sources(window, "Mevlut Cavusoglu"));
        Assert.Equal([_istanbulTalks.Id], Sources(window, "ÇAVUŞOĞLU"));
        Assert.Equal([_istanbulTalks.Id], Sources(window, "turkey"));
        Assert.Equal([_inspections.Id], Sources(window, "Ukraine"));
        Assert.Equal([_odesa.Id, _insurance.Id], Sources(window, "black sea"));
        Assert.Empty(Sources(window, "Black Seas"));
        Assert.Empty(Sources(window, "sea black"));
        Assert.Empty(Sources(window, "grain corr"));
        Assert.Equal([11], window.Compose("istanbul").Meetings.Select(m => m.Meeting.Id));
        Assert.Equal([11], window.Compose("Cavusoglu").Meetings.Select(m => m.Meeting.Id));
        Assert.Equal([12], window.Compose("ukraine").Meetings.Select(m => m.Meeting.Id));
        Assert.Equal(["Mevlüt Çavuşoğlu"], window.Compose("Turkey").Actors.Select(a => a.Actor.Name));
    }

    [Theory]
    [MemberData(nameof(Topics))]
    public async Task A_topic_finds_the_articles_the_folded_text_holds_it_in(string topic)
    {
        var window = await PrepareAsync();
        var actors = _store.Actors.ToDictionary(a => a.Id);

        // The rule spelled out plainly: pad the folded field and the folded topic with spaces, and look for one in the other.
        var expected = _store.Articles
            .Where(a => new[] { a.Title, a.Summary, a.Body }.Any(t => Holds(t, topic))
                || a.ActorIds.Any(id => actors.TryGetValue(id, out var actor) && Names(actor).Any(n => Holds(n, topic))))
            .Select(a => a.Id)
            .Order();

        Assert.Equal(expected, Sources(window, topic));
    }

    [Fact]
    public async Task A_topical_story_keeps_its_matching_articles_and_is_named_by_the_first_of_them()
    {
        var window = await PrepareAsync();

        var everything = window.Compose(null);
        var topical = Assert.Single(window.Compose("Bosphorus").Stories);

        var whole = everything.Stories.Single(s => s.Articles.Count > 1);
        Assert.Equal(_istanbulTalks.Title, whole.Title);
        Assert.Equal([_istanbulTalks.Id, _inspections.Id, _odesa.Id], whole.Articles.Select(a => a.Id));
        Assert.Equal(_inspections.Title, topical.Title);
        Assert.Equal([_inspections.Id], topical.Articles.Select(a => a.Id));
    }

    [Fact]
    public async Task Two_articles_on_the_topic_joined_through_an_article_off_it_stay_one_story()
    {
        var window = await PrepareAsync();

        var digest = window.Compose("grain corridor");

        // The Istanbul talks and the Odesa loading share no meeting or text of their own; the inspections article,
        // which is not about the grain corridor, links them. Grouping the whole window keeps them one story.
        var story = Assert.Single(digest.Stories);
        Assert.Equal([_istanbulTalks.Id, _odesa.Id], story.Articles.Select(a => a.Id));
        var text = PlainTextRenderer.Render(DigestRenderer.Render(digest, TimeZoneInfo.Utc, s_morning.AddHours(4)));
        Assert.Contains("Istanbul talks open on the grain corridor", text, StringComparison.Ordinal);
        Assert.Contains("(2 sources: Wire One #", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ship inspections", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_window_holds_what_was_learnt_between_its_start_and_its_end()
    {
        var windows = await new DigestComposer(_store).PrepareAsync(
            [(s_morning, s_morning.AddHours(2)), (s_morning.AddHours(1), s_morning.AddHours(4))],
            default);

        Assert.Equal([_istanbulTalks.Id, _inspections.Id], Sources(windows[0], null));
        Assert.Equal([_inspections.Id, _odesa.Id, _insurance.Id], Sources(windows[1], null));
        Assert.Equal([11], windows[0].Compose(null).Meetings.Select(m => m.Meeting.Id));
        Assert.Equal([12], windows[1].Compose(null).Meetings.Select(m => m.Meeting.Id));
    }

    [Theory]
    [InlineData("Çavuşoğlu’s visit to İstanbul")]
    [InlineData("Straße, Łódź and naïve café owners")]
    [InlineData("Москва и Київ: переговоры")]
    [InlineData("北京 talks, ﬁnance and x² ½")]
    [InlineData("U.S.-led coalition 🙂 met at 09:30")]
    [InlineData("Ǆemal Bijedić, ÆTHELRED and Ørsted")]
    [InlineData("   ")]
    public void Folded_words_are_those_ActorKeys_Fold_gives(string text)
    {
        var vocabulary = new WordVocabulary();

        var words = vocabulary.Add(text).Select(id => vocabulary[id]);

        Assert.Equal(ActorKeys.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries), words);
    }

    [Fact]
    public void Preparing_a_busy_window_on_every_core_gives_what_preparing_one_by_one_gives()
    {
        // 240 reports of 60 developments, each told four times in slightly different words, with folded names in them.
        string[] places = ["Gdańsk", "Zürich", "São Paulo", "Kraków", "Reykjavík", "Łódź"];
        var articles = Enumerable.Range(0, 240).Select(i =>
        {
            var story = i % 60;
            var place = places[story % places.Length];
            return new Article
            {
                Id = 1000 + i,
                Title = $"Talks number {story} open in {place}",
                Body = $"Delegations met in {place}. " + string.Join(' ', Enumerable.Range(0, 30).Select(k => $"w{story}x{k}"))
                    + $". Report {i} by desk {i % 4}.",
                IngestedAt = s_morning.AddMinutes(i),
            };
        }).ToList();

        var one = new WordVocabulary();
        var oneByOne = articles.Select(a => new PreparedArticle(a, one)).ToList();
        var every = new WordVocabulary();
        var onEveryCore = PreparedArticle.All(articles, every);

        Assert.Equal(oneByOne.Select(a => Words(a.Body, one)), onEveryCore.Select(a => Words(a.Body, every)));
        Assert.Equal(oneByOne.Select(a => Words(a.TitleWords, one).Order()), onEveryCore.Select(a => Words(a.TitleWords, every).Order()));
        Assert.Equal(StoryGrouper.Groups(oneByOne), StoryGrouper.Groups(onEveryCore));
        Assert.Equal(60, StoryGrouper.Groups(onEveryCore).Count);

        static string Words(int[] ids, WordVocabulary vocabulary) => string.Join(' ', ids.Select(id => vocabulary[id]));
    }

    [Fact]
    public async Task A_window_keeps_its_articles_without_bodies_and_heads_a_story_with_the_first_sentence_of_one()
    {
        var store = new MemoryKnowledgeStore();
        const string body = "Envoys of Chile and Peru met in Lima on Tuesday. They agreed to meet again in May.";
        var article = new Article { Id = 7, Title = "Chile and Peru meet", Body = body, IngestedAt = s_morning };
        store.Articles.Add(article);

        var window = (await new DigestComposer(store).PrepareAsync([(s_morning, s_morning.AddDays(1))], default))[0];

        var story = Assert.Single(window.Compose(null).Stories);
        Assert.Equal("Envoys of Chile and Peru met in Lima on Tuesday.", story.Summary);
        Assert.Equal("", Assert.Single(story.Articles).Body);
        Assert.Equal([7], Sources(window, "tuesday"));
        Assert.Equal([7], Sources(window, "meet again in may"));
        // The store's own article is left as it was.
        Assert.Equal(body, article.Body);
    }

    [Fact]
    public async Task A_window_read_in_many_chunks_tells_the_stories_of_all_its_articles_read_at_once()
    {
        var store = new MemoryKnowledgeStore();
        string[] places = ["Lima", "Quito", "Bogotá", "La Paz", "Asunción"];
        // More articles than a chunk, stored newest first: the window puts them back in order.
        for (var i = 1_299; i >= 0; i--)
        {
            store.Articles.Add(RoundOfTalks(5_000, i, i % 50, places));
        }

        var window = (await new DigestComposer(store).PrepareAsync([(s_morning, s_morning.AddDays(1))], default))[0];

        var expected = StoryGrouper.Group(store.Articles);
        var told = window.Compose(null).Stories;
        Assert.Equal(1_300, window.ArticleCount);
        Assert.Equal(50, told.Count);
        Assert.Equal(expected.Select(s => s.Articles.Select(a => a.Id)), told.Select(s => s.Articles.Select(a => a.Id)));
        Assert.Equal(expected.Select(s => s.Summary), told.Select(s => s.Summary));
        Assert.Equal(26, Sources(window, "t7w3").Count());
    }

    [Fact]
    public async Task Topics_composed_ahead_on_every_core_give_the_digests_composed_one_by_one()
    {
        var store = new MemoryKnowledgeStore();
        string[] places = ["Lima", "Quito", "Bogotá", "La Paz", "Asunción", "Montevideo", "Caracas"];
        store.Actors.AddRange(places.Select((place, i) => new Actor { Id = 100 + i, Name = $"Envoy {place}", Kind = ActorKind.Person, Country = place }));
        for (var i = 0; i < 900; i++)
        {
            var story = i % 90;
            var article = RoundOfTalks(9_000, i, story, places);
            article.ActorIds = [100 + (story % places.Length), 100 + ((story + 1) % places.Length)];
            store.Articles.Add(article);
        }

        // Places, story words, actors' names and countries, phrases, misses, repeats and the whole window.
        string?[] topics =
        [
            .. places, .. places.Select(p => p.ToUpperInvariant()), .. Enumerable.Range(0, 90).Select(i => $"t{i}w{i % 30}"),
            "Envoy Lima", "envoy", "round 7", "talks opens", "Atlantis", "lima quito", null, "  ", null, "Quito",
        ];
        var composer = new DigestComposer(store);
        var span = (s_morning, s_morning.AddDays(1));
        var oneByOne = (await composer.PrepareAsync([span], default))[0];
        var ahead = (await composer.PrepareAsync([span], default))[0];

        ahead.ComposeAhead(topics);

        var now = s_morning.AddDays(1);
        foreach (var topic in topics)
        {
            var expected = oneByOne.Compose(topic);
            var composed = ahead.Compose(topic);
            Assert.Equal(Text(expected), Text(composed));
            // Kept: composing the topic again gives the same lists, which the producer renders once.
            Assert.Same(composed.Stories, ahead.Compose(topic).Stories);
        }

        Assert.NotEmpty(ahead.Compose("t5w5").Stories);

        string Text(Digest digest) => PlainTextRenderer.Render(DigestRenderer.Render(digest, TimeZoneInfo.Utc, now));
    }

    [Fact]
    public async Task A_topic_brings_the_meetings_at_its_places_or_with_its_actors_and_the_most_mentioned_actors_of_its_articles()
    {
        var random = new Random(41);
        string[] places = ["Lima", "Quito", "Bogotá", "Caracas", "Asunción"];
        string[] countries = ["Peru", "Ecuador", "Colombia", "Venezuela", "Paraguay"];
        var store = new MemoryKnowledgeStore();
        store.Actors.AddRange(Enumerable.Range(0, 60).Select(i => new Actor
        {
            Id = 200 + i,
            // Some share a surname, a few are places; counts often tie, and ties go by name.
            Name = i % 10 == 9 ? places[i % places.Length] : $"Minister{(char)('A' + (i % 7))} Family{i % 13}",
            Kind = i % 10 == 9 ? ActorKind.Place : ActorKind.Person,
            Country = countries[i % countries.Length],
        }));
        for (var i = 0; i < 400; i++)
        {
            store.Articles.Add(new Article
            {
                Id = 20_000 + i,
                Title = $"Report {i} on regional talks",
                Body = $"Officials spoke about item{i % 37} and the talks. " + string.Join(' ', Enumerable.Range(0, 12).Select(k => $"r{i}w{k}")),
                IngestedAt = s_morning.AddSeconds(i),
                ActorIds = [.. Enumerable.Range(0, random.Next(1, 5)).Select(_ => 200 + random.Next(64))],
            });
        }

        store.Meetings.AddRange(Enumerable.Range(0, 80).Select(i => new Meeting
        {
            Id = 700 + i,
            Kind = MeetingKind.Talks,
            Location = i % 4 == 0 ? null : places[random.Next(places.Length)],
            ParticipantIds = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => 200 + random.Next(64))],
            Status = MeetingStatus.Planned,
            FirstReported = s_morning,
            StatusChanged = s_morning.AddMinutes(random.Next(600)),
        }));
        var window = (await new DigestComposer(store).PrepareAsync([(s_morning, s_morning.AddDays(1))], default))[0];
        var actors = store.Actors.ToDictionary(a => a.Id);

        string?[] topics = [null, .. places, .. countries, "Family3", "MinisterB", "MinisterC Family4", "item5", "talks", "Atlantis"];
        foreach (var topic in topics)
        {
            var digest = window.Compose(topic);

            // The rules spelled out plainly over the digest's own articles and the store's actors and meetings.
            var named = store.Actors.Where(a => topic is null || Names(a).Any(n => Holds(n, topic))).Select(a => a.Id).ToHashSet();
            var expectedMeetings = store.Meetings
                .Where(m => topic is null || (m.Location is { } place && Holds(place, topic)) || m.ParticipantIds.Any(named.Contains))
                .OrderByDescending(m => m.StatusChanged)
                .ThenBy(m => m.Id)
                .Select(m => m.Id);
            var expectedActors = digest.Stories.SelectMany(s => s.Articles).SelectMany(a => a.ActorIds.Distinct())
                .Where(id => actors.TryGetValue(id, out var actor) && actor.Kind is not ActorKind.Place)
                .CountBy(id => id)
                .OrderByDescending(x => x.Value)
                .ThenBy(x => actors[x.Key].Name, StringComparer.Ordinal)
                .Take(DigestComposer.TopActorCount)
                .Select(x => $"{actors[x.Key].Name} {x.Value}");

            Assert.Equal(expectedMeetings, digest.Meetings.Select(m => m.Meeting.Id));
            Assert.Equal(expectedActors, digest.Actors.Select(a => $"{a.Actor.Name} {a.Articles}"));
        }

        Assert.Equal(DigestComposer.TopActorCount, window.Compose(null).Actors.Count);
        Assert.NotEmpty(window.Compose("Lima").Meetings);
    }

    // Report number i of round `story` of talks in one of the places: the round's reports share thirty words of body.
    private static Article RoundOfTalks(int firstId, int i, int story, string[] places)
    {
        var place = places[story % places.Length];
        return new Article
        {
            Id = firstId + i,
            Title = $"Round {story} of talks opens in {place}",
            Body = $"Delegations met in {place}. " + string.Join(' ', Enumerable.Range(0, 30).Select(k => $"t{story}w{k}")) + $". Filed {i}.",
            IngestedAt = s_morning.AddSeconds(i),
        };
    }

    private async Task<DigestWindow> PrepareAsync() =>
        (await new DigestComposer(_store).PrepareAsync([(s_morning, s_morning.AddDays(1))], default))[0];

    private static IEnumerable<int> Sources(DigestWindow window, string? topic) =>
        window.Compose(topic).Stories.SelectMany(s => s.Articles).Select(a => a.Id).Order();

    private static IEnumerable<string> Names(Actor actor) =>
        [actor.Name, .. actor.Aliases, .. actor.Country is null ? [] : new[] { actor.Country }, .. actor.Roles.Select(r => r.Country).OfType<string>()];

    private static bool Holds(string text, string topic) =>
        $" {ActorKeys.Fold(text)} ".Contains($" {ActorKeys.Fold(topic)} ", StringComparison.Ordinal);
}
