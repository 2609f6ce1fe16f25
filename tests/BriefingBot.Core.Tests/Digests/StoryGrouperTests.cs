using BriefingBot.Core.Actors;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Digests;
using BriefingBot.Core.Meetings;

namespace BriefingBot.Core.Tests.Digests;

public sealed class StoryGrouperTests
{
    private static readonly DateTimeOffset s_morning = new(2022, 3, 7, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Near_duplicate_reports_from_two_outlets_are_one_story_with_two_sources()
    {
        var reuters = TestArticles.Load("reuters-lavrov-kuleba", s_morning);
        var anadolu = TestArticles.Load("aa-lavrov-kuleba", s_morning.AddHours(1));
        var grain = TestArticles.Load("tass-black-sea-grain", s_morning.AddHours(2));

        var stories = StoryGrouper.Group([reuters, anadolu, grain]);

        Assert.Equal(2, stories.Count);
        Assert.Equal([reuters.Id, anadolu.Id], stories[0].Articles.Select(a => a.Id));
        Assert.Equal(reuters.Title, stories[0].Title);
        Assert.EndsWith("said on Monday.", stories[0].Summary, StringComparison.Ordinal);
        Assert.Equal([grain.Id], stories[1].Articles.Select(a => a.Id));
    }

    [Fact]
    public void Reports_of_the_same_meeting_are_one_story_even_in_different_words()
    {
        var dw = TestArticles.Load("dw-ankara-visit", s_morning);
        var hurriyet = TestArticles.Load("hurriyet-moscow-visit", s_morning.AddHours(3));

        var story = Assert.Single(StoryGrouper.Group([hurriyet, dw]));

        Assert.Equal(dw.Title, story.Title);
        Assert.Equal(2, story.Articles.Count);
    }

    [Fact]
    public void Rendered_digest_says_sources_lists_meetings_and_actors_and_cuts_nothing_mid_word()
    {
        var reuters = TestArticles.Load("reuters-lavrov-kuleba", s_morning);
        var anadolu = TestArticles.Load("aa-lavrov-kuleba", s_morning.AddHours(1));
        var lavrov = new Actor { Id = 1, Name = "Sergei Lavrov", Kind = ActorKind.Person };
        var kuleba = new Actor { Id = 2, Name = "Dmytro Kuleba", Kind = ActorKind.Person };
        var meeting = new Meeting { Id = 9, Kind = MeetingKind.Talks, Location = "Antalya", Date = "2022-03-10", Status = MeetingStatus.Planned, ParticipantIds = [1, 2] };
        var digest = new Digest(
            s_morning.AddDays(-1),
            s_morning.AddHours(2),
            null,
            StoryGrouper.Group([reuters, anadolu]),
            [new MeetingChange(meeting, [lavrov, kuleba], true)],
            [new ActorMention(lavrov, 2), new ActorMention(kuleba, 2)]);

        var text = PlainTextRenderer.Render(DigestRenderer.Render(digest, TimeZoneInfo.Utc, s_morning.AddHours(2)));

        Assert.Contains("1 new story and 1 meeting update since yesterday at 08:00", text, StringComparison.Ordinal);
        Assert.Contains("(2 sources: Reuters #", text, StringComparison.Ordinal);
        Assert.Contains("Lavrov–Kuleba talks in Antalya: planned for Thursday 10 March 2022 (new)", text, StringComparison.Ordinal);
        Assert.Contains("Sergei Lavrov (2 articles) and Dmytro Kuleba (2 articles).", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_text_is_cut_at_a_word_with_an_ellipsis()
    {
        var cut = DigestText.CutAtWord("Lavrov and Kuleba will meet in Antalya on Thursday", 30);

        Assert.Equal("Lavrov and Kuleba will meet…", cut);
    }
}
