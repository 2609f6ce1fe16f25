using System.Text.RegularExpressions;
using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Tests.Extraction;

/// <summary>The word check that lets most sentences skip the meeting-trigger pattern never skips one it would match.</summary>
public sealed class MeetingTriggerTests
{
    [Fact]
    public void Every_alternative_of_the_trigger_pattern_is_found_by_the_word_check_in_any_case()
    {
        var phrases = Alternatives(MeetingFinder.Trigger().ToString()).ToList();
        Assert.Contains("spoke on the phone", phrases);
        Assert.Contains("travelling to", phrases);

        foreach (var phrase in phrases)
        {
            foreach (var written in new[] { phrase, phrase.ToUpperInvariant(), char.ToUpperInvariant(phrase[0]) + phrase[1..] })
            {
                var sentence = $"On Monday the ministers' {written}, officials said.";
                Assert.Matches(MeetingFinder.Trigger(), sentence);
                Assert.True(MeetingFinder.MayNameMeeting(sentence), sentence);
            }
        }
    }

    [Theory]
    [InlineData("The budget will grow by 4% next year, the finance ministry said.")]
    [InlineData("Metals and hostages: the metropolitan hostel reopened.")]
    [InlineData("")]
    public void A_sentence_without_a_trigger_word_is_skipped(string sentence)
    {
        Assert.DoesNotMatch(MeetingFinder.Trigger(), sentence);
        Assert.False(MeetingFinder.MayNameMeeting(sentence));
    }

    [Theory]
    [InlineData("Erdoğan’s visit to Baku")]
    [InlineData("a tête-à-tête in Paris")]
    [InlineData("the TÊTE-À-TÊTE ended")]
    [InlineData("(talks) resumed")]
    [InlineData("“Meetings,” she said")]
    [InlineData("TAL\u212AS in Geneva")]
    [InlineData("the leaders\u00A0met\u00A0on Friday")]
    public void Punctuation_and_letters_the_pattern_folds_do_not_hide_a_trigger(string sentence)
    {
        Assert.Matches(MeetingFinder.Trigger(), sentence);
        Assert.True(MeetingFinder.MayNameMeeting(sentence), sentence);
    }

    [Fact]
    public void No_sentence_of_our_test_articles_that_the_pattern_matches_is_skipped()
    {
        var sentences = OwnArticle.AllSentences();

        var matched = sentences.Where(s => MeetingFinder.Trigger().IsMatch(s)).ToList();
        Assert.NotEmpty(matched);
        Assert.All(matched, s => Assert.True(MeetingFinder.MayNameMeeting(s), s));
        // The check is worth having: many sentences are skipped without the pattern (these articles are about meetings).
        Assert.True(sentences.Count(MeetingFinder.MayNameMeeting) < sentences.Count * 3 / 4);
    }

    // The pattern's alternatives as plain phrases: \b( a | b | (c|d) e | ... )\b, one level of groups, expanded.
    private static IEnumerable<string> Alternatives(string pattern)
    {
        var body = pattern[@"\b(".Length..^@")\b".Length];
        foreach (var alternative in TopLevel(body))
        {
            var group = Regex.Match(alternative, @"^\((?<options>[^()]*)\)(?<rest>.*)$");
            if (group.Success)
            {
                foreach (var option in group.Groups["options"].Value.Split('|'))
                {
                    yield return option + group.Groups["rest"].Value;
                }
            }
            else
            {
                yield return alternative;
            }
        }
    }

    private static IEnumerable<string> TopLevel(string body)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            depth += body[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (body[i] == '|' && depth == 0)
            {
                yield return body[start..i];
                start = i + 1;
            }
        }

        yield return body[start..];
    }
}
