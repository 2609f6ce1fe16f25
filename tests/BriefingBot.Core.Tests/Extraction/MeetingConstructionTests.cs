using BriefingBot.Core.Articles;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Meetings;

using static BriefingBot.Core.Tests.Extraction.OwnArticle;

namespace BriefingBot.Core.Tests.Extraction;

/// <summary>Meeting kinds, participants, places, dates and status cues, on articles we wrote ourselves.</summary>
public sealed class MeetingConstructionTests
{
    private static ExtractedMeeting With(ArticleExtraction result, string name) =>
        Assert.Single(result.Meetings, m => m.Participants.Any(p => result.Actors[p].Name == name));

    [Theory]
    [InlineData("Officials said the talks took place in Hanoi on Tuesday.", "Hanoi", "2024-03-12")]
    [InlineData("Talks were held in Hanoi on Tuesday, officials said.", "Hanoi", "2024-03-12")]
    public void A_clause_without_participants_right_after_a_meeting_gives_it_its_place_and_day(string after, string place, string day)
    {
        var result = new ArticleExtractor().Extract(
            new ArticleDraft($"Indonesian Foreign Minister Retno Marsudi met Vietnamese Foreign Minister Bui Thanh Son. {after}"),
            new DateOnly(2024, 3, 15));

        var meeting = Assert.Single(result.Meetings);
        Assert.Equal(place, meeting.Location);
        Assert.Equal(day, meeting.Date?.ToString());
    }

    [Fact]
    public void A_clause_without_participants_further_away_gives_a_meeting_nothing()
    {
        var result = new ArticleExtractor().Extract(
            new ArticleDraft(
                "Indonesian Foreign Minister Retno Marsudi met Vietnamese Foreign Minister Bui Thanh Son. " +
                "The two ministers discussed fishing rights. " +
                "Trade was not on the agenda, officials said. " +
                "Earlier talks took place in Jakarta in January."),
            new DateOnly(2024, 3, 15));

        var meeting = Assert.Single(result.Meetings);
        Assert.Null(meeting.Location);
        Assert.Null(meeting.Date);
    }

    [Fact]
    public void Phone_call_on_sunday_is_the_sunday_before_publication()
    {
        var result = Read("argentina_chile_call.txt"); // published Monday 2023-11-20
        var call = Assert.Single(result.Meetings, m => m.Kind == MeetingKind.Call);
        Assert.Equal(["Alberto Fernández", "Gabriel Boric"], call.Participants.Select(p => result.Actors[p].Name).Order());
        Assert.Equal("2023-11-19", call.Date?.ToString());
        Assert.Equal(MeetingStatus.Held, call.Status);
    }

    [Fact]
    public void Called_off_talks_are_cancelled_and_keep_their_place()
    {
        var result = Read("egypt_ethiopia_cancelled.txt");
        var talks = With(result, "Sameh Shoukry");
        Assert.Equal(MeetingStatus.Cancelled, talks.Status);
        Assert.Equal("Addis Ababa", talks.Location);
    }

    [Fact]
    public void Four_days_ago_is_held_on_that_day()
    {
        var result = Read("egypt_ethiopia_cancelled.txt"); // published 2023-06-15
        var talks = With(result, "Abiy Ahmed");
        Assert.Equal("2023-06-11", talks.Date?.ToString());
        Assert.Equal(MeetingStatus.Held, talks.Status);
        Assert.Equal("Cairo", talks.Location);
    }

    [Fact]
    public void A_summit_postponed_at_the_last_minute_is_postponed_with_its_planned_participants()
    {
        var result = Read("india_summit_postponed.txt");
        var summit = With(result, "Narendra Modi");
        Assert.Equal(MeetingKind.Summit, summit.Kind);
        Assert.Equal(MeetingStatus.Postponed, summit.Status);
        Assert.Equal("Delhi", summit.Location); // "an event outside Delhi"
        Assert.Contains(summit.Participants, p => result.Actors[p].Name == "Pushpa Kamal Dahal");
    }

    [Fact]
    public void A_hosted_summit_includes_the_host_and_those_who_attended()
    {
        var result = Read("nigeria_ghana_summit.txt"); // published Sunday 2023-07-09
        var summit = Assert.Single(result.Meetings, m => m.Kind == MeetingKind.Summit);
        var names = summit.Participants.Select(p => result.Actors[p].Name).ToList();
        Assert.Contains("Bola Tinubu", names);
        Assert.Contains("Nana Akufo-Addo", names);
        Assert.Contains("Macky Sall", names);
        Assert.Equal("Abuja", summit.Location);
        Assert.Equal(MeetingStatus.Held, summit.Status);
    }

    [Fact]
    public void Will_meet_on_friday_is_planned_for_the_coming_friday()
    {
        var result = Read("nigeria_ghana_summit.txt");
        var talks = With(result, "Alassane Ouattara");
        Assert.Equal(MeetingStatus.Planned, talks.Status);
        Assert.Equal("2023-07-14", talks.Date?.ToString());
        Assert.Equal("Abidjan", talks.Location);
    }

    [Fact]
    public void A_lone_visitor_set_to_arrive_meets_the_host_country_next_month()
    {
        var result = Read("germany_france_conference.txt"); // published 2023-09-28
        var visit = With(result, "Maia Sandu");
        Assert.Equal(MeetingKind.Visit, visit.Kind);
        Assert.Contains(visit.Participants, p => result.Actors[p].Name == "France");
        Assert.Equal("2023-10", visit.Date?.ToString());
        Assert.Equal(MeetingStatus.Planned, visit.Status);
    }

    [Fact]
    public void Travel_to_a_city_is_a_planned_visit_to_its_country()
    {
        var result = Read("poland_ukraine_visit.txt");
        var visit = Assert.Single(result.Meetings, m => m.Location == "Warsaw");
        Assert.Contains(visit.Participants, p => result.Actors[p].Name == "Poland");
        Assert.Equal(MeetingStatus.Planned, visit.Status);
    }

    [Fact]
    public void An_unannounced_visit_is_held_in_the_city_visited()
    {
        var result = Read("poland_ukraine_visit.txt");
        var visit = Assert.Single(result.Meetings, m => m.Location == "Kyiv");
        Assert.Equal(MeetingKind.Visit, visit.Kind);
        Assert.Equal(MeetingStatus.Held, visit.Status);
        Assert.Equal("2023-04-05", visit.Date?.ToString());
    }

    [Fact]
    public void Last_september_resolves_to_the_month()
    {
        var result = Read("vietnam_japan_visit.txt"); // published 2023-11-30
        var talks = With(result, "Yoko Kamikawa");
        Assert.Equal("2023-09", talks.Date?.ToString());
        Assert.Equal("Hanoi", talks.Location);
    }

    [Fact]
    public void Will_meet_on_monday_is_planned_and_dated()
    {
        var result = Read("vietnam_japan_visit.txt");
        var meeting = With(result, "Vo Van Thuong");
        Assert.Equal(MeetingStatus.Planned, meeting.Status);
        Assert.Equal("2023-12-04", meeting.Date?.ToString());
        Assert.Equal("Tokyo", meeting.Location);
    }

    [Fact]
    public void Joint_press_conference_after_talks_is_one_meeting_on_the_stated_date()
    {
        var result = Read("germany_france_conference.txt");
        var meeting = With(result, "Olaf Scholz");
        Assert.Equal("Berlin", meeting.Location);
        Assert.Equal("2023-09-28", meeting.Date?.ToString()); // "Thursday, 28th September"
        Assert.Equal(MeetingStatus.Held, meeting.Status);
    }

    [Fact]
    public void Expected_to_visit_a_capital_is_a_planned_visit_to_that_country()
    {
        var result = Read("saudi_iran_talks.txt");
        var visit = Assert.Single(result.Meetings, m => m.Kind == MeetingKind.Visit);
        Assert.Equal("Tehran", visit.Location);
        Assert.Contains(visit.Participants, p => result.Actors[p].Name == "Iran");
        Assert.Equal(MeetingStatus.Planned, visit.Status);
    }
}
