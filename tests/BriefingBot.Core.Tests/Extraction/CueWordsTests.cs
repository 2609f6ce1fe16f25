using System.Text.RegularExpressions;
using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Tests.Extraction;

/// <summary>
/// The cue words that let a clause skip a pattern never skip one the pattern would match: every pattern gated by a
/// cue, every alternative of it, in any case, and every sentence of our test articles.
/// </summary>
public sealed class CueWordsTests
{
    // Each gated pattern, the cues it needs all of, and phrases covering each of its alternatives.
    private static readonly (string Name, Regex Pattern, Cue Needs, string[] Phrases)[] s_gated =
    [
        ("Reporting", MeetingFinder.Reporting(), Cue.Reporting,
        [
            "officials said that", "she says that", "told reporters that", "revealed that", "announced that", "declared that",
            "stated that", "confirmed that", "claimed that", "added that", "noted that", "argued that", "warned that",
            "reported that", "discovered that", "learned that", "learnt that", "believes that", "indicate that",
            "indicated that", "suggest that", "suggests that", "suggested that", "said: “no”", "remarked, “no”",
            "declared “no”", ", the agency reported",
        ]),
        ("ReportingDate", MeetingFinder.ReportingDate(), Cue.Reporting,
        [
            "said on Tuesday", "says late on Monday", "told reporters on Monday", "announced on March 3", "reported last Friday",
            "confirmed this Monday", "stated earlier on Sunday",
        ]),
        ("Between", MeetingFinder.Between(), Cue.Between, ["talks between them"]),
        ("Host", MeetingFinder.Host(), Cue.Host, ["Qatar host", "Egypt hosts", "Oman hosted", "Japan hosting", "Qatar to host"]),
        ("VisitTo", MeetingFinder.VisitTo(), Cue.Travel,
        [
            "a visit to Japan", "visits to Japan", "visited Japan", "visiting Japan", "a trip to Japan", "arrive in Japan",
            "arrived in Japan", "arrives in Japan", "travel to Japan", "travelled to Japan", "traveled to Japan",
            "visit by the minister to Japan",
        ]),
        ("Cancelled", MeetingFinder.Cancelled(), Cue.Cancelled,
        [
            "cancel", "canceled", "cancelled", "cancels", "cancelling", "called off", "call off", "calls off", "calling off",
            "scrapped", "scraps", "abandoned", "axed",
        ]),
        ("Postponed", MeetingFinder.Postponed(), Cue.Postponed,
        ["postpone", "postpones", "postponed", "postponing", "put off", "delayed", "deferred", "rescheduled", "pushed back"]),
        ("Held", MeetingFinder.Held(), Cue.Held,
        [
            "met", "held", "took place", "visited", "spoke", "talked", "hosted", "attended", "discussed", "two days ago",
            "yesterday", "last week", "last month", "last year", "previous", "following",
        ]),
        ("SinceDate", MeetingFinder.SinceDate(), Cue.Since,
        ["since June", "since early March 2024", "since mid-May 3", "since 2020", "since last week", "since last Monday", "since the start of talks"]),
        ("FullDate", DateResolver.FullDate(), Cue.Month | Cue.Digit,
        ["January 13, 2020", "10th march", "Sept. 3", "3 of May", "Jan 5", "12 Dec 2024", "Oct. 1st"]),
        ("Relative", DateResolver.Relative(), Cue.RelativeDay,
        ["today", "tonight", "tomorrow", "yesterday", "this morning", "this afternoon", "this evening"]),
        ("DaysAgo", DateResolver.DaysAgo(), Cue.DayOrWeek,
        ["four days ago", "2 weeks later", "three days from now", "one week ago", "in two weeks", "in 10 days", "in 3 weekends", "in two dayside"]),
        ("Weekday", DateResolver.Weekday(), Cue.Weekday,
        ["on Sunday", "next Monday", "Tuesday's talks", "this Wednesday", "last Thursday", "coming Friday", "Saturday"]),
        ("RelativeMonth", DateResolver.RelativeMonth(), Cue.MonthWord, ["next month", "last month", "this month", "coming month", "previous month"]),
        ("NamedMonth", DateResolver.NamedMonth(), Cue.Month,
        ["in January", "early February 2024", "mid-March", "late April", "June", "July", "last August", "next September", "October", "November", "December"]),
    ];

    public static TheoryData<string> Patterns() => new(s_gated.Select(g => g.Name));

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Every_alternative_of_a_gated_pattern_has_its_cue_in_any_case(string name)
    {
        var (_, pattern, needs, phrases) = s_gated.Single(g => g.Name == name);
        foreach (var phrase in phrases)
        {
            var sentence = $"On the record, {phrase} and more.";
            Assert.Matches(pattern, sentence);
            foreach (var written in new[] { sentence, sentence.ToUpperInvariant(), sentence.ToLowerInvariant() })
            {
                // Some patterns are case-sensitive: whatever they match, the cue is there.
                if (pattern.IsMatch(written))
                {
                    Assert.True((CueWords.Of(written) & needs) == needs, $"{name}: {written}");
                }
            }
        }
    }

    [Theory]
    [InlineData("WEE\u212AS AGO", (int)Cue.DayOrWeek)]
    [InlineData("\u017FINCE June", (int)Cue.Since)]
    [InlineData("TH\u0130S MORNING", (int)Cue.RelativeDay)]
    [InlineData("Talks\u00A0between\u00A0them", (int)Cue.Between)]
    [InlineData("(postponed)", (int)Cue.Postponed)]
    [InlineData("“Cancelled,” she said", (int)(Cue.Cancelled | Cue.Reporting))]
    [InlineData("on 3\u00A0March", (int)(Cue.Month | Cue.Digit))]
    public void Letters_the_patterns_fold_and_punctuation_do_not_hide_a_cue(string text, int cues)
    {
        var expected = (Cue)cues;
        Assert.Equal(expected, CueWords.Of(text) & expected);
    }

    [Theory]
    [InlineData("The budget will grow, the ministry's statement reads.")]
    [InlineData("Hostages, daylight and weeknights: saidak, betweenness, sinceramente.")]
    [InlineData("")]
    public void Words_that_only_begin_or_contain_a_cue_are_not_cues(string text)
    {
        var cues = CueWords.Of(text);
        Assert.Equal(Cue.None, cues & ~(Cue.DayOrWeek | Cue.TriggerStart));
    }

    [Fact]
    public void No_sentence_of_our_test_articles_that_a_pattern_matches_lacks_its_cue()
    {
        var sentences = OwnArticle.AllSentences();

        foreach (var (name, pattern, needs, _) in s_gated)
        {
            var matched = sentences.Where(s => pattern.IsMatch(s)).ToList();
            Assert.All(matched, s => Assert.True((CueWords.Of(s) & needs) == needs, $"{name}: {s}"));
        }

        // Worth having: most sentences skip the date patterns (these articles are about meetings and dated ones).
        var undated = sentences.Count(s => (CueWords.Of(s) & (Cue.Month | Cue.Weekday | Cue.RelativeDay | Cue.DayOrWeek | Cue.MonthWord)) == 0);
        Assert.True(undated > sentences.Count / 2, $"{undated} of {sentences.Count}");
    }
}
