using BriefingBot.Core.Actors;
using BriefingBot.Core.Meetings;
using BriefingBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Tests;

/// <summary>Ingestion through the real pipeline and store: what several articles add up to.</summary>
public sealed class IngestionTests : IDisposable
{
    private const string Planned = """
        /add ---
        title: Brazil and Argentina ministers to meet in Montevideo
        published: 2024-03-04
        ---
        Brazilian Foreign Minister Mauro Vieira will meet his Argentine counterpart Diana Mondino in Montevideo on Thursday to discuss trade, officials said.

        The talks are expected to focus on the Mercosur customs union.
        """;

    private const string Postponed = """
        /add ---
        title: Montevideo talks between Brazil and Argentina postponed
        published: 2024-03-06
        ---
        Talks between Brazilian Foreign Minister Mauro Vieira and Argentine Foreign Minister Diana Mondino in Montevideo, planned for Thursday, have been postponed, the two governments said.

        No new date was given.
        """;

    private readonly BotFixture _bot = new();

    private IKnowledgeStore Store => _bot.Services.GetRequiredService<IKnowledgeStore>();

    [Fact]
    public async Task Two_reports_of_one_meeting_make_one_meeting_whose_status_the_newest_decides()
    {
        await _bot.AskAsync(Planned);
        await _bot.AskAsync(Postponed);

        var meetings = await Store.LatestMeetingsAsync(10, CancellationToken.None);
        var meeting = Assert.Single(meetings);
        Assert.Equal(MeetingStatus.Postponed, meeting.Status);
        Assert.Equal([1, 2], meeting.ArticleIds.Order());
        Assert.Equal("Montevideo", meeting.Location);
        Assert.Equal("2024-03-07", meeting.Date);
    }

    [Fact]
    public async Task Removing_the_newest_report_gives_the_meeting_back_its_earlier_status()
    {
        await _bot.AskAsync(Planned);
        await _bot.AskAsync(Postponed);

        await _bot.AskAsync("/remove 2");

        var meeting = Assert.Single(await Store.LatestMeetingsAsync(10, CancellationToken.None));
        Assert.Equal(MeetingStatus.Planned, meeting.Status);
        Assert.Equal([1], meeting.ArticleIds);
    }

    [Fact]
    public async Task The_same_person_in_two_articles_is_one_actor_with_both_spellings()
    {
        await _bot.AskAsync("""
            /add ---
            published: 2023-06-01
            ---
            Ukrainian President Volodymyr Zelenskyy met Polish President Andrzej Duda in Warsaw on Monday.
            """);
        await _bot.AskAsync("""
            /add ---
            published: 2023-07-01
            ---
            Ukrainian President Volodymyr Zelensky spoke by phone with German Chancellor Olaf Scholz on Friday.
            """);

        var card = await _bot.AskAsync("/who Zelenskiy");

        Assert.StartsWith("Volodymyr Zelensk", card, StringComparison.Ordinal);
        Assert.Contains("Role: President, Ukraine", card, StringComparison.Ordinal);
        Assert.Contains("2 articles", card, StringComparison.Ordinal);
        Assert.Contains("Volodymyr Zelensky", card, StringComparison.Ordinal);
        Assert.Contains("Volodymyr Zelenskyy", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_people_sharing_a_surname_in_different_countries_stay_apart()
    {
        await _bot.AskAsync("""
            /add ---
            published: 2023-06-01
            ---
            Chilean Foreign Minister Alberto Fernández met reporters in Santiago on Monday.
            """);
        await _bot.AskAsync("""
            /add ---
            published: 2023-07-01
            ---
            Argentine President Alberto Fernández met Spanish Prime Minister Pedro Sánchez in Madrid on Tuesday. Fernández said trade would grow.
            """);

        var people = (await Store.FindActorsByKeysAsync(ActorKeys.For(["Fernández"]), CancellationToken.None))
            .Where(a => a.Kind == ActorKind.Person).ToList();

        Assert.Equal(2, people.Count);
        Assert.Equal(["Argentina", "Chile"], people.Select(p => p.Country).Order());
    }

    public void Dispose() => _bot.Dispose();
}
