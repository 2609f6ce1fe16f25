using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Tests.Extraction;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Bashar al-Assad's U.S. trip", "Bashar|al-Assad|U.S|.|trip")]
    [InlineData("the leaders' 3rd meeting, on 12:30", "the|leaders|3rd|meeting|,|on|12:30")]
    [InlineData("“1,200.5 troops” — don't", "“|1,200.5|troops|”|—|don't")]
    [InlineData("Zelenskyy’s 2020s", "Zelenskyy|2020|s")]
    public void Words_numbers_and_marks_are_cut_as_the_stages_expect(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(new Sentence(0, 10, text));

        Assert.Equal(expected, string.Join('|', tokens.Select(t => t.Text)));
        Assert.All(tokens, t => Assert.Equal(t.Start - 10, text.IndexOf(t.Text, t.Start - 10, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_possessive_keeps_its_length_in_the_text()
    {
        var tokens = Tokenizer.Tokenize(new Sentence(0, 0, "Putin's and the ministers’ talks"));

        Assert.Equal([true, false, false, true, false], tokens.Select(t => t.Possessive));
        Assert.Equal("Putin's".Length, tokens[0].Length);
        Assert.Equal("ministers’".Length, tokens[3].Length);
    }
}
