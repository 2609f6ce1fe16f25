using BriefingBot.Core.Extraction;
using BriefingBot.Core.Meetings;

namespace BriefingBot.Core.Tests.Matching;

public sealed class MeetingMatcherTests
{
    private static readonly DateOnly s_published = new(2025, 6, 20);
    private readonly MeetingMatcher _matcher = new();

    [Fact]
    public void Two_meetings_of_one_minister_with_different_counterparts_in_the_same_month_stay_apart()
    {
        var withJordan = Known(1, [10, 20], "2025-06");

        var match = _matcher.Match(Found("2025-06"), [10, 30], s_published, [withJordan]);

        Assert.Null(match);
    }

    [Fact]
    public void A_report_sharing_one_side_cannot_pull_in_a_meeting_that_grew_by_sharing_one_side()
    {
        // The chain the old rule (half of the smaller side) built: A+B, then A+C joined it, then C+D joined that.
        var grown = Known(1, [10, 20, 30], "2025-06");

        Assert.Null(_matcher.Match(Found("2025-06"), [30, 40], s_published, [grown]));
        Assert.Null(_matcher.Match(Found("2025-06-12"), [20, 50], s_published, [grown]));
    }

    [Fact]
    public void A_report_naming_only_one_participant_joins_the_meeting_it_is_in()
    {
        var talks = Known(1, [10, 20], "2025-06-12");

        Assert.Same(talks, _matcher.Match(Found("2025-06-12"), [20], s_published, [talks]));
    }

    [Fact]
    public void A_report_naming_a_third_participant_joins_the_meeting_of_the_other_two()
    {
        var talks = Known(1, [10, 20], "2025-06-12");
        var other = Known(2, [10, 30], "2025-06-12");

        Assert.Same(talks, _matcher.Match(Found("2025-06"), [10, 20, 40], s_published, [other, talks]));
    }

    [Fact]
    public void Two_in_common_on_different_days_are_different_meetings()
    {
        var talks = Known(1, [10, 20], "2025-06-12");

        Assert.Null(_matcher.Match(Found("2025-06-14"), [10, 20], s_published, [talks]));
    }

    private static ExtractedMeeting Found(string date) =>
        new(MeetingKind.Talks, [0, 1], null, MeetingDate.TryParse(date, out var d) ? d : null, MeetingStatus.Held, "evidence");

    private static Meeting Known(int id, List<int> participants, string date) => new()
    {
        Id = id,
        Kind = MeetingKind.Talks,
        ParticipantIds = participants,
        Date = date,
        Reports = [new MeetingReport { Published = s_published }],
    };
}
