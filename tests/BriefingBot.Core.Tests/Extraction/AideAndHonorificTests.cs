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

    [Fact]
    public void Sheikh_after_another_title_before_a_lone_name_stays_in_the_name()
    {
        var result = Read("bangladesh_india_talks.txt");
        var hasina = Person(result, "Sheikh Hasina");
        Assert.Contains("Hasina", hasina.Aliases);
        Assert.Equal("Bangladesh", hasina.Country);
        Assert.Equal(["Prime Minister"], hasina.Roles.Select(r => r.Title));
    }

    [Fact]
    public void A_royal_style_before_the_name_gives_way_to_the_role_the_apposition_states()
    {
        var result = Read("bangladesh_india_talks.txt");
        var prince = Person(result, "Mohammed bin Salman");
        var role = Assert.Single(prince.Roles);
        Assert.Equal("crown prince", role.Title, ignoreCase: true);
        Assert.Equal("Saudi Arabia", prince.Country);
    }

    [Fact]
    public void An_apposition_with_a_leaders_possessive_gives_the_aide_title_and_country()
    {
        var result = Read("bangladesh_india_talks.txt");
        var adviser = Person(result, "Salman Fazlur Rahman");
        Assert.Equal("Bangladesh", adviser.Country);
        Assert.Equal(["private industry adviser"], adviser.Roles.Select(r => r.Title));
    }
}
