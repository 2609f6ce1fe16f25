using BriefingBot.Core.Actors;

namespace BriefingBot.Storage.Tests;

public sealed class SearchTermsTests
{
    [Theory]
    [InlineData("Mevlüt Çavuşoğlu met Sergey Lavrov in Antalya on Tuesday.")]
    [InlineData("“We will not back down,” said Jürgen Müller-Lüdenscheidt, the Bundestag’s 2nd vice-president.")]
    [InlineData("Сергей Лавров и Ван И провели переговоры в Пекине; 王毅 said talks were «constructive».")]
    [InlineData("THE Minister and the minister: Hà Nội, São Paulo, Zürich, Łódź, İstanbul, Reykjavík.")]
    [InlineData("A\u0301ngel Gurri\u0301a (OECD) — “cafe\u0301” — x y 42 0.5% supercalifragilisticexpialidocious-and-then-some-more-letters-beyond-sixty-four-characters")]
    [InlineData("")]
    [InlineData("   ... !!! ")]
    public void The_terms_are_the_distinct_words_of_the_folded_text_in_order_without_short_or_common_ones(string text)
    {
        var expected = ActorKeys.Fold(text)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(SearchTerms.IsTerm)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var terms = SearchTerms.Of(text);

        Assert.Equal(expected, terms);
    }

    [Fact]
    public void A_name_with_diacritics_and_its_plain_spelling_give_one_term()
    {
        Assert.Equal(["cavusoglu", "cavusoglus"], SearchTerms.Of("Çavuşoğlu CAVUSOGLU çavuşoğlu’s cavusoglus"));
    }
}
