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

    [Theory]
    [InlineData("Lavrov's talks with Fidan on Monday in March were confirmed, officials said.")]
    [InlineData("The leaders’ summit will be held next week, between the 3rd and the 5th.")]
    [InlineData("On the 5thursday of the 3rdweek, a 2ndmeeting: the ordinal ending runs into the word")]
    [InlineData("Talks of the G20 on day 2, in ٣ rounds, since today's call")]
    [InlineData("A tête-à-tête with Zoe\u0308 and the \u212Aing's envoy, POSTPONED, then CANCELLED")]
    [InlineData("")]
    public void A_sentences_cue_words_come_with_its_tokens(string text)
    {
        // Twice: the second time the words are known to the thread and their cues come from its table.
        for (var pass = 0; pass < 2; pass++)
        {
            Tokenizer.Tokenize(new Sentence(0, 0, text), out var cues);

            Assert.Equal(CueWords.Of(text), cues);
        }
    }

    [Fact]
    public void Every_sentence_of_our_test_articles_gets_the_cue_words_of_its_text()
    {
        var sentences = OwnArticle.AllSentences();

        Assert.All(sentences, s =>
        {
            Tokenizer.Tokenize(new Sentence(0, 0, s), out var cues);
            Assert.True(CueWords.Of(s) == cues, s);
        });
        Assert.Contains(sentences, s => (CueWords.Of(s) & Cue.TriggerStart) != 0);
    }

    [Fact]
    public void The_words_a_text_writes_in_lower_case_are_known_until_the_next_text_begins()
    {
        Tokenizer.BeginText();
        Tokenizer.Tokenize(new Sentence(0, 0, "Talks began. The minister's aide met a delegation in Ankara."));
        Tokenizer.Tokenize(new Sentence(1, 60, "Reuters said talks would go on and éclair diplomacy ended."));

        Assert.True(Tokenizer.WrittenInLowerCase("talks"));
        Assert.True(Tokenizer.WrittenInLowerCase("minister"));
        Assert.True(Tokenizer.WrittenInLowerCase("a"));
        Assert.True(Tokenizer.WrittenInLowerCase("éclair"));
        // Written capitalised only, or not at all.
        Assert.False(Tokenizer.WrittenInLowerCase("the"));
        Assert.False(Tokenizer.WrittenInLowerCase("ankara"));
        Assert.False(Tokenizer.WrittenInLowerCase("reuters"));
        Assert.False(Tokenizer.WrittenInLowerCase("minister's"));
        Assert.False(Tokenizer.WrittenInLowerCase("summit"));

        Tokenizer.BeginText();
        Tokenizer.Tokenize(new Sentence(0, 0, "The summit opened in Ankara."));

        Assert.True(Tokenizer.WrittenInLowerCase("summit"));
        Assert.False(Tokenizer.WrittenInLowerCase("talks"));
        Assert.False(Tokenizer.WrittenInLowerCase("a"));
        Assert.False(Tokenizer.WrittenInLowerCase("minister"));
    }

    [Fact]
    public void A_possessive_keeps_its_length_in_the_text()
    {
        var tokens = Tokenizer.Tokenize(new Sentence(0, 0, "Putin's and the ministers’ talks"));

        Assert.Equal([true, false, false, true, false], tokens.Select(t => t.Possessive));
        Assert.Equal("Putin's".Length, tokens[0].Length);
        Assert.Equal("ministers’".Length, tokens[3].Length);
    }
    [Fact]
    public void A_tokens_shape_is_read_from_its_text()
    {
        // The tokenizer keeps each word's shape with the word; the shapes are those of the texts, whatever the thread met before.
        var sentences = OwnArticle.AllSentences().Append("NATO and the U.S. met McCain, al-Assad, 3rd, É, éclair, ΑΘΗΝΑ, Ünal’s and x.");
        foreach (var sentence in sentences.Concat(sentences))
        {
            foreach (var token in Tokenizer.Tokenize(new Sentence(0, 0, sentence)))
            {
                var text = token.Text;
                Assert.Equal(text.Length > 0 && char.IsLetter(text[0]), token.IsWord);
                Assert.Equal(text.Length > 1 && char.IsUpper(text[0]) && text.Any(char.IsLower), token.IsCapitalised);
                Assert.Equal(text.Length > 1 && text.All(c => !char.IsLetter(c) || char.IsUpper(c)) && text.Any(char.IsLetter), token.IsAllCaps);
            }
        }

        Assert.True(new Token(0, 4, "NATO", false).IsAllCaps);
        Assert.True(new Token(0, 6, "Lavrov", true) is { IsCapitalised: true, IsWord: true, Possessive: true, Length: 6 });
    }
}
