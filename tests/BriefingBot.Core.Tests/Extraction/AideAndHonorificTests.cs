using static BriefingBot.Core.Tests.Extraction.OwnArticle;

namespace BriefingBot.Core.Tests.Extraction;

/// <summary>Aides who take the country of the person they serve, and names that begin with an honorific.</summary>
public sealed class AideAndHonorificTests
{
    [Fact]
    public void An_adviser_serves_the_country_of_the_leader_named_before_the_title()
    {
        var result = Read("bangladesh_india_talks.txt");
        var adviser = Person(result, "Ajit Doval");
        Assert.Equal("India", adviser.Country);
        Assert.Contains(adviser.Roles, r => r.Title == "adviser" && r.Country == "India");
    }

    [Fact]
    public void A_spokesman_serves_the_country_of_the_leader_named_before_the_title()
    {
        var result = Read("bangladesh_india_talks.txt");
        Assert.Equal("Bangladesh", Person(result, "Ihsanul Karim").Country);
    }
}
