using BriefingBot.Core.Articles;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// Extraction gives each article its search terms from the words it read: they must be exactly the terms of the text
/// (title, a space, body), whatever the text runs together and whatever the thread read before.
/// </summary>
public sealed class ExtractedSearchTermsTests
{
    private static readonly DateOnly Published = new(2024, 3, 1);

    // Pieces a news text is made of, the awkward ones for a split that does not read the text again among them: words
    // written together with numbers or symbols, possessives, quotation marks and dashes with no space, accents that
    // are characters of their own, other scripts, emoji, spaces that are not ASCII, brackets the cleaner blanks.
    private static readonly string[] s_pieces =
    [
        "Lavrov", "Lavrov's", "ministers’", "leaders'", "Çavuşoğlu’s", "al-Assad", "U.S.", "d'Estaing", "O’Neill", "5km",
        "€5bn", "10am", "1,200", "3rd", "5thursday", "2024", "x²", "½", "№5", "20°C", "Zürich", "cafe\u0301s", "Hà Nội",
        "İstanbul", "ß", "ﬁnance", "Сергей Лавров", "王毅", "«constructive»", "“We will not back down,”", "talks—which",
        "talks – which", "🙂", "talks🙂ended", "a\u00A0b", "ten\u2009km", "[Syrian President Bashar]", "(Reuters)", "-",
        "...", "e-mail", "https://example.com/a-b?c=d", "THE", "the", "and", "Talks", "summit", "Ankara", "a", "I", "x",
        "Photo: Reuters", "Subscribe to our newsletter", "ADVERTISEMENT", "Comments", "See also: Ankara talks",
    ];

    private static readonly string[] s_gaps = [" ", " ", " ", "", ", ", ". ", "\n", "\n\n", "—", "’", " \u00A0"];

    [Fact]
    public void Our_test_articles_get_the_terms_of_their_text()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Articles"), "*.txt"))
        {
            var text = File.ReadAllText(file);
            Assert.True(FrontMatter.TryParse(text, file, out var draft, out var error), error);

            AssertTermsOfText(new ArticleExtractor(), draft);
        }
    }

    [Fact]
    public void Texts_that_run_words_symbols_and_scripts_together_get_the_terms_of_their_text()
    {
        var random = new Random(11);
        var extractor = new ArticleExtractor();
        for (var n = 0; n < 2_000; n++)
        {
            var body = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => s_pieces[random.Next(s_pieces.Length)] + s_gaps[random.Next(s_gaps.Length)]));
            var title = random.Next(3) == 0 ? null : s_pieces[random.Next(s_pieces.Length)] + " " + s_pieces[random.Next(s_pieces.Length)];

            AssertTermsOfText(extractor, new ArticleDraft(body, title, Published));
        }
    }

    [Fact]
    public void The_terms_stay_right_when_the_thread_empties_its_tables_of_words_and_terms()
    {
        // 120,000 distinct words over 1,500 articles: both tables are emptied several times along the way, and words
        // the word table kept from before must not bring back terms of the table emptied under them.
        var extractor = new ArticleExtractor();
        for (var n = 0; n < 1_500; n++)
        {
            var body = string.Join(' ', Enumerable.Range(0, 80).Select(i => $"Word{n * 80 + i} talks Ankara summit's")) + ".";

            AssertTermsOfText(extractor, new ArticleDraft(body, $"Summit talks in Ankara, round {n}", Published));
        }
    }

    [Fact]
    public void A_sentence_tokenized_twice_gives_its_terms_once_over()
    {
        const string body = "Ministers met in Ankara.\nTalks on the 5km corridor resume on Monday.";
        Tokenizer.BeginText(body);
        var second = new Sentence(1, 25, "Talks on the 5km corridor resume on Monday.");
        Tokenizer.Tokenize(new Sentence(0, 0, "Ministers met in Ankara."));
        Tokenizer.Tokenize(second);
        Tokenizer.Tokenize(second);

        var terms = Tokenizer.SearchTermsOf("Corridor talks");

        Assert.Equal(SearchTerms.Of("Corridor talks " + body).Order(StringComparer.Ordinal), terms.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Characters_that_separate_are_those_that_fold_into_ascii_punctuation_only()
    {
        Assert.True(SearchTerms.Separates(' '));
        Assert.True(SearchTerms.Separates(','));
        Assert.True(SearchTerms.Separates('“'));
        Assert.True(SearchTerms.Separates('—'));
        Assert.True(SearchTerms.Separates('\u00A0'));
        Assert.False(SearchTerms.Separates('a'));
        Assert.False(SearchTerms.Separates('7'));
        Assert.False(SearchTerms.Separates('ü'));
        Assert.False(SearchTerms.Separates('€'));
        Assert.False(SearchTerms.Separates('\u0301'));
        Assert.False(SearchTerms.Separates('\uD83D'));
    }

    private static void AssertTermsOfText(ArticleExtractor extractor, ArticleDraft draft)
    {
        var extraction = extractor.Extract(draft, Published);

        // In any order, and a term maybe twice: the index keeps a set of articles per term.
        Assert.Equal(SearchTerms.Of(extraction.Title + " " + draft.Body).Order(StringComparer.Ordinal), extraction.SearchTerms.Distinct().Order(StringComparer.Ordinal));
    }
}
