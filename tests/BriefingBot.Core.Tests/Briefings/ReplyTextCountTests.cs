using BriefingBot.Core.Briefings;
using Humanizer;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Replies count things ("3 new stories", "1 source") through <see cref="ReplyText.Count"/>, which keeps each noun's
/// forms instead of asking Humanizer at every count: it must say exactly what Humanizer says.
/// </summary>
public sealed class ReplyTextCountTests
{
    // The nouns replies count, and some Humanizer inflects irregularly.
    public static TheoryData<string> Nouns() =>
    [
        "new story", "meeting update", "scheduled digest", "article", "source", "actor", "word", "subscription",
        "person", "analysis", "sheep", "crisis", "index",
    ];

    [Theory]
    [MemberData(nameof(Nouns))]
    public void Says_what_Humanizer_says_for_any_count(string noun)
    {
        foreach (var count in new[] { 0, 1, 2, 3, 11, 21, 101, 1000, 123_456 })
        {
            // Asked twice: the second answer comes from the kept forms.
            Assert.Equal(noun.ToQuantity(count), ReplyText.Count(count, noun));
            Assert.Equal(noun.ToQuantity(count), ReplyText.Count(count, noun));
        }
    }

    [Fact]
    public void One_is_singular_and_the_rest_plural()
    {
        Assert.Equal("1 new story", ReplyText.Count(1, "new story"));
        Assert.Equal("0 new stories", ReplyText.Count(0, "new story"));
        Assert.Equal("7 people", ReplyText.Count(7, "person"));
        Assert.Equal("1000 sources", ReplyText.Count(1000, "source"));
    }
}
