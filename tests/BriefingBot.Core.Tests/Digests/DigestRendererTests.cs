using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Digests;
using BriefingBot.Core.Meetings;

namespace BriefingBot.Core.Tests.Digests;

public sealed class DigestRendererTests
{
    private static readonly DateTimeOffset s_morning = new(2022, 3, 7, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_busy_day_lists_the_first_stories_sources_and_meetings_and_counts_the_rest()
    {
        var big = new Story("Ceasefire talks resume in Doha", "", [.. Enumerable.Range(1, 7).Select(i => Article(i, $"Outlet {i}"))]);
        var stories = new[] { big }.Concat(Enumerable.Range(0, 11).Select(i => new Story($"Story {i}", "", [Article(100 + i, "Wire")]))).ToList();
        var lavrov = new Actor { Id = 1, Name = "Sergei Lavrov", Kind = ActorKind.Person };
        var meetings = Enumerable.Range(0, 13)
            .Select(i => new MeetingChange(new Meeting { Id = i, Kind = MeetingKind.Call, ParticipantIds = [1], Status = MeetingStatus.Held }, [lavrov], false))
            .ToList();
        var digest = new Digest(s_morning.AddDays(-1), s_morning, null, stories, meetings, []);

        var text = PlainTextRenderer.Render(DigestRenderer.Render(digest, TimeZoneInfo.Utc, s_morning));

        Assert.Contains("12 new stories and 13 meeting updates since yesterday at 08:00", text, StringComparison.Ordinal);
        Assert.Contains("(7 sources: Outlet 1 #1, Outlet 2 #2, Outlet 3 #3, Outlet 4 #4, Outlet 5 #5 and 2 more)", text, StringComparison.Ordinal);
        Assert.Contains("Story 8", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Story 9", text, StringComparison.Ordinal);
        Assert.Contains("…and 2 more stories.", text, StringComparison.Ordinal);
        Assert.Equal(DigestRenderer.MaxMeetings, text.Split('\n').Count(l => l.Contains("Lavrov call", StringComparison.Ordinal)));
        Assert.Contains("…and 3 more meeting updates.", text, StringComparison.Ordinal);
    }

    private static Article Article(int id, string source) =>
        new() { Id = id, Title = $"Report {id}", Source = source, IngestedAt = s_morning.AddMinutes(-id) };
}
