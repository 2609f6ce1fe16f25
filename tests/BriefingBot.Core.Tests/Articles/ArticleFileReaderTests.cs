using System.Text;
using BriefingBot.Core.Articles;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Tests.Articles;

public sealed class ArticleFileReaderTests
{
    private static ArticleFileReader Reader(int max = 1024) => new(Options.Create(new IngestionOptions { MaxArticleBytes = max }));

    [Fact]
    public void Front_matter_gives_title_date_source_and_url()
    {
        var text = "---\ntitle: Talks in Hanoi\npublished: 2023-09-10\nsource: Mekong Times\nurl: https://example.org/hanoi\nauthor: ignored\n---\nBody text here.\n";

        var (draft, error) = Reader().Read(Encoding.UTF8.GetBytes(text), "hanoi.txt");

        Assert.Null(error);
        Assert.Equal(new ArticleDraft("Body text here.\n", "Talks in Hanoi", new DateOnly(2023, 9, 10), "Mekong Times", "https://example.org/hanoi", "hanoi.txt"), draft);
    }

    [Fact]
    public void Empty_front_matter_values_are_absent_and_a_bom_is_ignored()
    {
        var (draft, _) = Reader().ReadText("\uFEFF---\r\ntitle:\r\nurl:\r\n---\r\nText.");

        Assert.Null(draft!.Title);
        Assert.Null(draft.Url);
        Assert.Equal("Text.", draft.Body);
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0x00, 0x42 }, "looks binary")]
    [InlineData(new byte[] { 0x43, 0x61, 0x66, 0xE9 }, "not valid UTF-8")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, "The article is empty")]
    public void Files_that_are_not_articles_are_refused_with_the_reason(byte[] bytes, string reason)
    {
        var (draft, error) = Reader().Read(bytes, "x.txt");

        Assert.Null(draft);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_with_both_sizes()
    {
        var (_, error) = Reader(max: 2048).Read(new byte[4096], "big.txt");

        Assert.Equal("The file is 4 KB, over the 2 KB limit for one article.", error);
    }

    [Fact]
    public void Unclosed_front_matter_and_bad_dates_are_explained()
    {
        Assert.Contains("no closing ---", Reader().ReadText("---\ntitle: x\nBody").Error, StringComparison.Ordinal);
        Assert.Contains("\"last week\" is not a date", Reader().ReadText("---\npublished: last week\n---\nBody").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_html_file_gives_its_main_text_not_its_markup()
    {
        var html = "<html><head><title>Summit in Accra</title></head><body><nav>Home | World</nav><article><h1>Summit in Accra</h1>"
            + string.Concat(Enumerable.Repeat("<p>West African leaders met in Accra on Monday to discuss regional trade &amp; security, officials said.</p>", 6))
            + "</article></body></html>";

        var (draft, error) = Reader(max: 64 * 1024).Read(Encoding.UTF8.GetBytes(html), "summit.html");

        Assert.Null(error);
        Assert.Contains("regional trade & security", draft!.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", draft.Body, StringComparison.Ordinal);
        Assert.Equal("summit.html", draft.File);
    }

    [Fact]
    public void Content_hash_ignores_whitespace_but_not_words()
    {
        Assert.Equal(ContentHash.Of("Talks  in\nHanoi. "), ContentHash.Of("Talks in Hanoi."));
        Assert.NotEqual(ContentHash.Of("Talks in Hanoi."), ContentHash.Of("Talks in Hue."));
    }

    [Fact]
    public void Content_hash_is_the_one_stored_files_hold()
    {
        // SHA-256 of "Lavrov met Fidan in Ankara. Çavuşoğlu" in UTF-8: duplicate checks against existing files rely on it.
        Assert.Equal(
            "5cb9511e864bcafdbfaedfbd85336f692a09dc6d250b6e4f1726796ec373e122",
            ContentHash.Of("  Lavrov met\tFidan\n in Ankara.\u00a0Çavuşoğlu  "));
    }
}
