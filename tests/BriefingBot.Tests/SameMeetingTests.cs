using System.Text.Json;

namespace BriefingBot.Tests;

/// <summary>Two articles about one meeting, ingested through the real host and store, make one meeting.</summary>
public sealed class SameMeetingTests : IDisposable
{
    private readonly BotFixture _bot = new("ingest");

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task One_meeting_reported_twice_is_one_meeting_and_the_newest_status_wins()
    {
        var (code, _) = await _bot.RunVerbAsync("ingest", Path.Combine(AppContext.BaseDirectory, "SameMeetingArticles"));
        Assert.Equal(0, code);
        var (_, json) = await _bot.RunVerbAsync("export", "--format", "json");
        using var export = JsonDocument.Parse(json);

        var meetings = export.RootElement.GetProperty("meetings").EnumerateArray().ToList();
        var meeting = Assert.Single(meetings);
        Assert.Equal(2, meeting.GetProperty("articles").GetArrayLength());
        Assert.Equal("postponed", meeting.GetProperty("status").GetString());
        Assert.Equal("2023-05-05", meeting.GetProperty("date").GetString());

        // "Gnassingbe" and "Gnassingbé", Ghana's and Ghanaian: one person each, one country each.
        var actors = export.RootElement.GetProperty("actors").EnumerateArray().ToList();
        Assert.Single(actors, a => a.GetProperty("name").GetString()!.StartsWith("Faure Gnassingb", StringComparison.Ordinal));
        Assert.Single(actors, a => a.GetProperty("name").GetString() == "Ghana");
        Assert.All(actors.Where(a => a.GetProperty("name").GetString() is "Ghana" or "Togo"), a => Assert.Equal("country", a.GetProperty("kind").GetString()));
    }
}
