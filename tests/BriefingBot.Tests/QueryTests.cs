using BriefingBot.Core.Actors;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Meetings;
using BriefingBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Tests;

public sealed class QueryTests : IDisposable
{
    private readonly BotFixture _bot = new();

    private async Task SeedAsync()
    {
        var seed = new Seed(_bot.Services.GetRequiredService<IKnowledgeStore>());
        await seed.ArticleAsync(
            "Kenya and Ethiopia talk dams",
            new DateOnly(2023, 4, 2),
            [
                ("Mūsalia Mudavadi", ActorKind.Person, "Foreign Minister", "Kenya", ["Musalia Mudavadi", "Mudavadi"]),
                ("Demeke Mekonnen", ActorKind.Person, "Foreign Minister", "Ethiopia", ["Mekonnen"]),
                ("Kenya", ActorKind.Country, null, null, []),
            ],
            (["Mūsalia Mudavadi", "Demeke Mekonnen"], MeetingKind.Talks, "Nairobi", "2023-04-01", MeetingStatus.Held));
        await seed.ArticleAsync(
            "Kenyan minister plans Addis visit",
            new DateOnly(2023, 5, 9),
            [
                ("Mūsalia Mudavadi", ActorKind.Person, "Prime Cabinet Secretary", "Kenya", []),
                ("Demeke Mekonnen", ActorKind.Person, null, "Ethiopia", []),
                ("Demeke Tesfaye", ActorKind.Person, "Spokesman", "Ethiopia", []),
            ],
            (["Mūsalia Mudavadi", "Demeke Mekonnen"], MeetingKind.Visit, "Addis Ababa", "2023-06", MeetingStatus.Planned));
    }

    [Fact]
    public async Task Who_shows_one_card_with_roles_aliases_counts_and_meetings()
    {
        await SeedAsync();

        var card = await _bot.AskAsync("/who musalia mudavadi");

        Assert.StartsWith("Mūsalia Mudavadi", card, StringComparison.Ordinal);
        Assert.Contains("Roles: Prime Cabinet Secretary, Kenya; Foreign Minister, Kenya", card, StringComparison.Ordinal);
        Assert.Contains("Also written: Musalia Mudavadi and Mudavadi", card, StringComparison.Ordinal);
        Assert.Contains("Articles: 2 articles; first seen", card, StringComparison.Ordinal);
        Assert.Contains("- Mudavadi–Mekonnen visit in Addis Ababa: planned for June 2023", card, StringComparison.Ordinal);
        Assert.Contains("- Mudavadi–Mekonnen talks in Nairobi: held on Saturday 1 April 2023", card, StringComparison.Ordinal);
        Assert.Contains("Sources: #2, #1", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Who_says_first_and_last_seen_as_days_not_as_minutes_since_midnight()
    {
        var seed = new Seed(_bot.Services.GetRequiredService<IKnowledgeStore>());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await seed.ArticleAsync("Wanjiru visits Kampala", today.AddDays(-3), [("Amina Wanjiru", ActorKind.Person, null, "Kenya", [])]);
        await seed.ArticleAsync("Wanjiru returns to Nairobi", today, [("Amina Wanjiru", ActorKind.Person, null, "Kenya", [])]);

        var card = await _bot.AskAsync("/who Amina Wanjiru");

        Assert.Contains("first seen 3 days ago", card, StringComparison.Ordinal);
        Assert.Contains($"last seen today ({today.ToString("d MMMM yyyy", BriefingBot.Core.Briefings.ReplyText.Culture)})", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Who_with_why_cites_the_sentences_behind_roles()
    {
        await SeedAsync();

        var card = await _bot.AskAsync("/who Mudavadi --why");

        Assert.Contains("Why", card, StringComparison.Ordinal);
        Assert.Contains("Foreign Minister, Kenya — #1: Foreign Minister Mūsalia Mudavadi said.", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Who_with_a_shared_name_lists_the_candidates_with_buttons()
    {
        await SeedAsync();

        var reply = await _bot.ReplyAsync("/who demeke");

        Assert.Contains("\"demeke\" could be 2 actors; which one?", PlainTextRenderer.Render(reply), StringComparison.Ordinal);
        Assert.Equal(["/who Demeke Mekonnen", "/who Demeke Tesfaye"], reply.Buttons.Select(b => b.Command).Order());
    }

    [Fact]
    public async Task Who_with_a_very_common_name_lists_the_ten_most_written_about_and_counts_the_rest()
    {
        var seed = new Seed(_bot.Services.GetRequiredService<IKnowledgeStore>());
        string[] given = ["Abebe", "Bekele", "Chala", "Dawit", "Elias", "Fikru", "Girma", "Hailu", "Isayas", "Kebede", "Lemma", "Mesfin"];
        for (var i = 0; i < given.Length; i++)
        {
            // Later people are written about more often: the list shows the most written about first.
            for (var copy = 0; copy <= i % 3; copy++)
            {
                await seed.ArticleAsync($"{given[i]} Tesfaye speaks, report {copy}", new DateOnly(2023, 4, 2), [($"{given[i]} Tesfaye", ActorKind.Person, null, "Ethiopia", [])]);
            }
        }

        var reply = await _bot.ReplyAsync("/who Tesfaye");
        var text = PlainTextRenderer.Render(reply);

        Assert.Contains("\"Tesfaye\" could be 12 actors; which one?", text, StringComparison.Ordinal);
        Assert.Contains("…and 2 more; type more of the name.", text, StringComparison.Ordinal);
        Assert.Equal(10, reply.Buttons.Count);
        // Three articles each for Chala, Fikru, Isayas and Mesfin, two for four more, one for the last four (by name).
        Assert.Contains("/who Chala Tesfaye", reply.Buttons.Select(b => b.Command));
        Assert.Equal(["/who Girma Tesfaye", "/who Kebede Tesfaye"], given.Select(g => $"/who {g} Tesfaye").Except(reply.Buttons.Select(b => b.Command)));
    }

    [Fact]
    public async Task Who_with_an_unknown_name_offers_close_matches()
    {
        await SeedAsync();

        var reply = await _bot.ReplyAsync("/who Mudavdi");

        Assert.True(reply.IsError);
        Assert.Contains("No actor named \"Mudavdi\". Did you mean Mūsalia Mudavadi?", PlainTextRenderer.Render(reply), StringComparison.Ordinal);
        Assert.Equal("/who Mūsalia Mudavadi", Assert.Single(reply.Buttons).Command);
    }

    [Fact]
    public async Task Who_accepts_another_transliteration_of_the_name()
    {
        await SeedAsync();

        var card = await _bot.AskAsync("/who Mudavady");

        Assert.StartsWith("Mūsalia Mudavadi", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Who_with_nothing_close_says_so()
    {
        await SeedAsync();

        var text = await _bot.AskAsync("/who Zzyzx");

        Assert.Contains("No actor named \"Zzyzx\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meetings_of_a_country_include_its_people()
    {
        await SeedAsync();

        var text = await _bot.AskAsync("/meetings Kenya");

        Assert.Contains("Mudavadi–Mekonnen talks in Nairobi: held", text, StringComparison.Ordinal);
        Assert.Contains("Mudavadi–Mekonnen visit in Addis Ababa: planned", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meetings_by_status_and_the_evidence_on_request()
    {
        await SeedAsync();

        var planned = await _bot.AskAsync("/meetings planned --why");

        Assert.Contains("visit in Addis Ababa", planned, StringComparison.Ordinal);
        Assert.DoesNotContain("talks in Nairobi", planned, StringComparison.Ordinal);
        Assert.Contains("#2 (planned): They met.", planned, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meetings_of_an_unknown_name_is_a_mistake_with_an_example()
    {
        var reply = await _bot.ReplyAsync("/meetings Atlantis");

        Assert.True(reply.IsError);
        Assert.Contains("I know no actor, country or place named \"Atlantis\"", PlainTextRenderer.Render(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_shows_a_snippet_around_the_words()
    {
        await _bot.AskAsync("/add " + string.Join(' ', Enumerable.Repeat("Filler words about the weather.", 20)) + " The ceasefire around Goma held overnight, officials said. " + string.Join(' ', Enumerable.Repeat("More filler.", 30)));

        var text = await _bot.AskAsync("/search goma CEASEFIRE");

        Assert.Contains("The ceasefire around Goma held overnight", text, StringComparison.Ordinal);
        Assert.Contains("…", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_shows_summary_actors_and_meetings()
    {
        await SeedAsync();

        var text = await _bot.AskAsync("/article 1");

        Assert.StartsWith("#1 Kenya and Ethiopia talk dams", text, StringComparison.Ordinal);
        Assert.Contains("Actors: Mūsalia Mudavadi, Demeke Mekonnen and Kenya", text, StringComparison.Ordinal);
        Assert.Contains("Mudavadi–Mekonnen talks in Nairobi", text, StringComparison.Ordinal);
    }

    public void Dispose() => _bot.Dispose();
}
