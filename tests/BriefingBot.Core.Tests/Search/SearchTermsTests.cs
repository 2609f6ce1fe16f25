using BriefingBot.Core.Actors;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Tests.Search;

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
    public void Each_text_gets_all_of_its_terms_whatever_texts_the_thread_split_before()
    {
        // The thread keeps the terms it met, stamped with the last text that had them: a term of the previous text
        // is new to the next, a stop word never a term, and the table emptied when full changes nothing.
        var texts = Enumerable.Range(0, 400)
            .Select(i => $"Talks {i} between the ministers of Ruritania and Elbonia, round {i % 7}, word{i * 131} and word{i * 131 + 1}.")
            .ToList();
        foreach (var text in texts.Concat(texts))
        {
            var expected = ActorKeys.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(SearchTerms.IsTerm).Distinct(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, SearchTerms.Of(text));
        }

        var many = string.Join(' ', Enumerable.Range(0, 60_000).Select(i => $"term{i}"));
        Assert.Equal(60_000, SearchTerms.Of(many).Count);
        Assert.Equal(["talks", "ministers", "of", "ruritania"], SearchTerms.Of("Talks: the ministers of Ruritania, the talks."));
    }

    [Fact]
    public void A_name_with_diacritics_and_its_plain_spelling_give_one_term()
    {
        Assert.Equal(["cavusoglu", "cavusoglus"], SearchTerms.Of("Çavuşoğlu CAVUSOGLU çavuşoğlu’s cavusoglus"));
    }

    [Fact]
    public void All_in_a_title_and_a_body_is_all_in_their_joined_text()
    {
        string[] words = ["Talks", "in", "Bogotá", "São", "Paulo", "the", "Müller-Lüdenscheidt", "“ceasefire”", "Łódź", "42", "x", "—", ",", " ", "\n"];
        var random = new Random(25);
        for (var i = 0; i < 500; i++)
        {
            string Text() => string.Join(random.Next(3) == 0 ? "" : " ", Enumerable.Range(0, random.Next(0, 8)).Select(_ => words[random.Next(words.Length)]));
            var (title, body) = (Text(), Text());
            var joined = SearchTerms.Of(title + " " + body);
            List<string> asked = [.. SearchTerms.OfQuery([words[random.Next(words.Length)], words[random.Next(words.Length)]]), .. random.Next(4) == 0 ? ["nowhere"] : Array.Empty<string>()];

            Assert.Equal(asked.All(joined.Contains), SearchTerms.AllIn(asked, title, body));
        }
    }
}
