using BriefingBot.Core.Extraction;
using BriefingBot.Core.Meetings;

using static BriefingBot.Core.Tests.Extraction.OwnArticle;

namespace BriefingBot.Core.Tests.Extraction;

/// <summary>Meetings in places the gazetteer does not list, dates of announcements, and meetings named by a plural noun.</summary>
public sealed class MeetingGeneralisationTests
{
    private static ExtractedMeeting With(ArticleExtraction result, string name) =>
        Assert.Single(result.Meetings, m => m.Participants.Any(p => result.Actors[p].Name == name));

    [Fact]
    public void A_town_the_gazetteer_does_not_list_is_the_place_of_the_meeting()
    {
        var result = Read("armenia_georgia_talks.txt"); // published Wednesday 2024-04-10
        var talks = With(result, "Ararat Mirzoyan");
        Assert.Contains(talks.Participants, p => result.Actors[p].Name == "Ilia Darchiashvili");
        Assert.Equal("Kutaisi", talks.Location);
        Assert.Equal("2024-04-08", talks.Date?.ToString());
        Assert.Equal(MeetingStatus.Held, talks.Status);
    }

    [Fact]
    public void The_day_the_offices_announced_talks_is_not_the_day_of_the_talks()
    {
        var result = Read("armenia_georgia_talks.txt");
        var talks = With(result, "Nikol Pashinyan");
        Assert.Equal("Gyumri", talks.Location);
        Assert.Null(talks.Date); // "next week", announced "on Tuesday"
        Assert.Equal(MeetingStatus.Planned, talks.Status);
    }

    [Fact]
    public void The_two_presidents_of_the_sentence_before_are_the_participants()
    {
        var result = Read("armenia_georgia_talks.txt");
        var talks = Assert.Single(result.Meetings, m => m.Kind == MeetingKind.Talks && m.Location == "Nukus");
        Assert.Equal(["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"], talks.Participants.Select(p => result.Actors[p].Name).Order());
        Assert.Equal("2024-04-12", talks.Date?.ToString());
        Assert.Equal(MeetingStatus.Planned, talks.Status);
        Assert.Single(result.Meetings, m => m.Kind == MeetingKind.Call); // the call of Sunday stays apart
    }

    [Fact]
    public void The_two_presidents_are_found_by_their_titles_a_few_sentences_back()
    {
        var result = Read("argentina_chile_call.txt"); // published 2023-11-20
        var talks = Assert.Single(result.Meetings, m => m.Kind == MeetingKind.Talks);
        Assert.Equal(["Alberto Fernández", "Gabriel Boric"], talks.Participants.Select(p => result.Actors[p].Name).Order());
        Assert.Equal("2023-11-21", talks.Date?.ToString());
        Assert.Equal("Santiago", talks.Location);
    }

    [Fact]
    public void Said_on_a_weekday_without_that_still_dates_the_report_not_the_meeting()
    {
        var result = Read("armenia_georgia_talks.txt"); // published Wednesday 2024-04-10
        Assert.Equal("2024-04-12", With(result, "Ruben Rubinyan").Date?.ToString()); // "said on Monday … will hold talks … on Friday"
        var visit = Assert.Single(result.Meetings, m => m.Kind == MeetingKind.Visit);
        Assert.Equal("2024-05", visit.Date?.ToString()); // "said on Tuesday … will visit Yerevan next month"
        Assert.Equal(MeetingStatus.Planned, visit.Status);
    }

    [Fact]
    public void The_ministers_of_the_sentence_before_hold_the_talks_with_a_delegation()
    {
        var result = Read("armenia_georgia_talks.txt");
        var talks = With(result, "Gabrielius Landsbergis");
        var names = talks.Participants.Select(p => result.Actors[p].Name).ToList();
        Assert.Contains("Krisjanis Karins", names);
        Assert.Contains("Georgia", names);
        Assert.Equal("2024-04-11", talks.Date?.ToString());
    }

    [Fact]
    public void Discussions_going_on_since_a_month_are_not_a_meeting_held_in_that_month()
    {
        var result = Read("brazil_jordan_since.txt"); // published Wednesday 2025-09-17
        var meeting = Assert.Single(result.Meetings);
        Assert.Equal(["Ayman Safadi", "Mauro Vieira"], meeting.Participants.Select(p => result.Actors[p].Name).Order());
        Assert.Equal("Amman", meeting.Location);
        // "the first visit by a Brazilian minister since 2019" dates nothing: the meeting was on Monday.
        Assert.Equal("2025-09-15", meeting.Date?.ToString());
        Assert.Equal(MeetingStatus.Held, meeting.Status);
    }
}
