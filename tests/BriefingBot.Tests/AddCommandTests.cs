using BriefingBot.Core.Chat;
using BriefingBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Tests;

public sealed class AddCommandTests : IDisposable
{
    private readonly BotFixture _bot = new();

    private IKnowledgeStore Store => _bot.Services.GetRequiredService<IKnowledgeStore>();

    [Fact]
    public async Task The_same_text_with_other_whitespace_is_already_indexed()
    {
        var first = await _bot.AskAsync("/add Brazil's foreign minister met  Argentina's envoy in Brasília on Tuesday.");
        var second = await _bot.AskAsync("/add Brazil's foreign minister met Argentina's envoy\n\nin Brasília   on Tuesday.");

        Assert.StartsWith("Added #1", first, StringComparison.Ordinal);
        Assert.StartsWith("Already indexed as #1", second, StringComparison.Ordinal);
        Assert.Equal(1, await Store.CountArticlesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_same_url_is_already_indexed_even_with_other_text()
    {
        await _bot.AskAsync("/add ---\nurl: https://news.example.org/a1\n---\nFirst version of the story about a summit in Nairobi.");

        var again = await _bot.AskAsync("/add ---\nurl: https://news.example.org/a1\n---\nAn edited version of the story about a summit in Nairobi.");

        Assert.StartsWith("Already indexed as #1", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meetings_of_a_country_named_only_through_its_people_lists_their_talks()
    {
        // "Turkish" and "Russian" make roles, not country actors: /meetings Turkey still finds Fidan's talks.
        await _bot.AskAsync("/add Russian Foreign Minister Sergey Lavrov met Turkish Foreign Minister Hakan Fidan in Ankara on Monday for talks on Syria.");

        var turkey = await _bot.AskAsync("/meetings Turkey");
        var russia = await _bot.AskAsync("/meetings russia");
        var nowhere = await _bot.AskAsync("/meetings Norway");

        Assert.Contains("Meetings of Turkey", turkey, StringComparison.Ordinal);
        Assert.Contains("Lavrov–Fidan talks in Ankara", turkey, StringComparison.Ordinal);
        Assert.Contains("Lavrov–Fidan talks in Ankara", russia, StringComparison.Ordinal);
        Assert.Contains("No meetings found for \"Norway\"", nowhere, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meetings_at_a_place_are_listed_by_its_name()
    {
        await _bot.AskAsync("/add Russian Foreign Minister Sergey Lavrov met Turkish Foreign Minister Hakan Fidan in Ankara on Monday for talks on Syria.");

        var ankara = await _bot.AskAsync("/meetings ankara");
        var oslo = await _bot.AskAsync("/meetings Oslo");

        Assert.Contains("Meetings in Ankara", ankara, StringComparison.Ordinal);
        Assert.Contains("Lavrov–Fidan talks in Ankara", ankara, StringComparison.Ordinal);
        Assert.Contains("No meetings found for \"Oslo\"", oslo, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_called_by_the_family_name_first_is_known_and_shown_by_it()
    {
        await _bot.AskAsync("/add South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Tokyo on Monday. \"We have turned a page,\" Yoon said after the talks.");

        var yoon = await _bot.AskAsync("/who Yoon");
        var japan = await _bot.AskAsync("/meetings Japan");

        Assert.StartsWith("Yoon Suk Yeol", yoon, StringComparison.Ordinal);
        Assert.Contains("Also written: Yoon", yoon, StringComparison.Ordinal);
        Assert.Contains("Yoon–Kishida talks in Tokyo", japan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/add", "Give me the article")]
    [InlineData("/add ---\ntitle: x\n---\n", "The article is empty")]
    [InlineData("/add ---\npublished: yesterday-ish\n---\nText.", "is not a date like 2022-03-09")]
    [InlineData("/remove", "Which article to remove?")]
    [InlineData("/remove twelve", "\"twelve\" is not an article number")]
    [InlineData("/remove 99", "There is no article #99")]
    [InlineData("/article", "Which article?")]
    [InlineData("/latest lots", "\"lots\" is not a number of articles")]
    [InlineData("/who", "Tell me whose card you want")]
    [InlineData("/search", "Tell me what to look for")]
    [InlineData("/frobnicate", "I don't know the command /frobnicate")]
    public async Task Wrong_input_gets_one_clear_line_and_an_example_and_changes_nothing(string command, string expected)
    {
        var reply = await _bot.ReplyAsync(command);
        var text = PlainTextRenderer.Render(reply);

        Assert.True(reply.IsError);
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Contains("Example: /", text, StringComparison.Ordinal);
        Assert.Equal(0, await Store.CountArticlesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_non_moderator_is_refused_and_the_store_is_unchanged()
    {
        var reply = await _bot.ReplyAsync("/add Text of an article about talks in Oslo.", moderator: false, kind: ChatKind.Group);

        Assert.True(reply.IsError);
        Assert.Contains("only moderators can use /add", PlainTextRenderer.Render(reply), StringComparison.Ordinal);
        Assert.Equal(0, await Store.CountArticlesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_moderator_removes_an_article()
    {
        await _bot.AskAsync("/add Talks on the border took place in Tbilisi.");

        var removed = await _bot.AskAsync("/remove #1");
        var article = await _bot.AskAsync("/article 1");

        Assert.StartsWith("Removed #1", removed, StringComparison.Ordinal);
        Assert.Contains("There is no article #1", article, StringComparison.Ordinal);
    }

    public void Dispose() => _bot.Dispose();
}
