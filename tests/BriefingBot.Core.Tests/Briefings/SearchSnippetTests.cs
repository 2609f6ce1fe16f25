using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>/search shows each article's text around the first word asked for, on one line.</summary>
public sealed class SearchSnippetTests
{
    private static readonly string[] s_pieces =
    [
        "talks", "Bogotá", "São", "Paulo", "—", "“ceasefire”", "al-Assad's", " ", "  ", "\t", "\n", "\r\n", "\n\n", "\u00A0", "\u2003", "\u3000", ".",
    ];

    [Fact]
    public void A_text_is_flattened_to_its_words_with_one_space_between_them()
    {
        var random = new Random(25);
        for (var i = 0; i < 2_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => s_pieces[random.Next(s_pieces.Length)]));

            Assert.Equal(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), SearchHandler.Flat(text));
        }
    }

    [Fact]
    public void The_snippet_starts_at_a_word_before_the_first_word_asked_for_and_keeps_the_text_on_one_line()
    {
        var body = string.Join("\n\n", Enumerable.Range(1, 12).Select(i => $"Paragraph {i} of background\twith  several words in it.")) + "\n\nThe ceasefire in Bogotá held overnight.\n";

        var snippet = SearchHandler.Snippet(body, ["Bogota"]);

        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("The ceasefire in Bogotá held overnight.", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', snippet);
        Assert.DoesNotContain("  ", snippet, StringComparison.Ordinal);
        Assert.Equal("Paragraph", SearchHandler.Snippet(body, ["nowhere"]).Split(' ')[0]);
    }
}
