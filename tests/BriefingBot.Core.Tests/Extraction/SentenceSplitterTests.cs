using System.Text.RegularExpressions;
using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Tests.Extraction;

public sealed partial class SentenceSplitterTests
{
    [Theory]
    [InlineData("Talks ended. Lavrov left.", "Talks ended.|Lavrov left.")]
    [InlineData("“We agreed.” Fidan said so. (Reuters) Then: 12 points! Why? Because… Not now", "“We agreed.”|Fidan said so.|(Reuters) Then:|12 points!|Why?|Because…|Not now")]
    [InlineData("Mr. Lavrov met Gen. Smith in the U.S. Then he left. Talks follow.", "Mr. Lavrov met Gen. Smith in the U.S. Then he left.|Talks follow.")]
    [InlineData("It ended at 3 p.m. on Monday. the end: no capital follows", "It ended at 3 p.m. on Monday. the end: no capital follows")]
    [InlineData("One line\nAnother line. Ünal spoke.", "One line|Another line.|Ünal spoke.")]
    public void Sentences_end_at_closing_punctuation_before_a_capital_or_a_digit(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', new SentenceSplitter().Split(text).Select(s => s.Text)));
    }

    [Fact]
    public void The_gaps_between_sentences_are_those_the_regex_finds()
    {
        // The splitter reads by hand what this pattern says; every line of our test articles and random lines made of
        // the characters it looks at must give the same gaps.
        var random = new Random(17);
        const string alphabet = ".!?…:”\"’)“‘( \t\u00A0\u2029aZ9Éé\u01C5s";
        var lines = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Articles"), "*.txt")
            .SelectMany(File.ReadAllLines)
            .Concat(Enumerable.Range(0, 5_000).Select(_ => new string([.. Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)])])))
            .ToList();

        foreach (var line in lines)
        {
            var expected = Boundary().Matches(line).Select(m => (m.Index, m.Length)).ToList();
            var found = new List<(int, int)>();
            var at = 0;
            while (SentenceSplitter.NextBoundary(line, at) is var (index, length) && length > 0)
            {
                found.Add((index, length));
                at = index + length;
            }

            Assert.True(expected.SequenceEqual(found), line);
        }
    }

    [GeneratedRegex(@"(?<=[.!?…][”""’)]?|:)\s+(?=[“""‘(]?[\p{Lu}0-9])")]
    private static partial Regex Boundary();
}
