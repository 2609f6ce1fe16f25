using static BriefingBot.Core.Tests.Extraction.OwnArticle;

namespace BriefingBot.Core.Tests.Extraction;

public sealed class SummaryTests
{
    [Fact]
    public void Without_a_title_one_is_derived_from_the_opening_sentence()
    {
        var result = Read("saudi_french_call.txt");
        Assert.StartsWith("Saudi Arabia's Crown Prince", result.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kenya_brazil_visit.txt", "Brazilian Foreign Minister Mauro Vieira arrived in Nairobi")]
    [InlineData("india_summit_postponed.txt", "A regional summit")]
    public void The_summary_is_one_or_two_opening_sentences_without_datelines_or_boilerplate(string file, string opening)
    {
        var result = Read(file);
        Assert.StartsWith(opening, result.Summary, StringComparison.Ordinal);
        Assert.InRange(result.Summary.Count(c => c == '.'), 1, 2);
        Assert.DoesNotContain("Example Wire", result.Summary, StringComparison.Ordinal);
    }
}
