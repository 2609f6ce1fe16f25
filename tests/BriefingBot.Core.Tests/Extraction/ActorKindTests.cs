using BriefingBot.Core.Actors;

using static BriefingBot.Core.Tests.Extraction.OwnArticle;

namespace BriefingBot.Core.Tests.Extraction;

/// <summary>Organisations, countries and places must be whole and real: users see them in /who and /meetings.</summary>
public sealed class ActorKindTests
{
    [Theory]
    [InlineData("egypt_ethiopia_cancelled.txt", "House of Representatives")]
    [InlineData("egypt_ethiopia_cancelled.txt", "African Union")]
    [InlineData("india_summit_postponed.txt", "Ministry of External Affairs")]
    [InlineData("india_summit_postponed.txt", "Government of Nepal")]
    [InlineData("india_summit_postponed.txt", "Observer Research Foundation")]
    [InlineData("nigeria_ghana_summit.txt", "Centre for Democracy and Development")]
    [InlineData("nigeria_ghana_summit.txt", "ECOWAS Commission")]
    [InlineData("saudi_iran_talks.txt", "International Crisis Group")]
    [InlineData("vietnam_japan_visit.txt", "Diplomatic Academy of Vietnam")]
    [InlineData("germany_france_conference.txt", "European Commission")]
    [InlineData("germany_france_conference.txt", "Le Monde")]
    public void Organisations_are_found_whole(string file, string name) =>
        Assert.Contains(name, Names(Read(file), ActorKind.Organization));

    [Theory]
    [InlineData("egypt_ethiopia_cancelled.txt", "House", "Representatives", "Union", "Gen")]
    [InlineData("india_summit_postponed.txt", "PM", "Ministry", "Government", "External Affairs", "Nepal")]
    [InlineData("nigeria_ghana_summit.txt", "Commission", "Centre", "Ivory Coast")]
    [InlineData("mexico_us_talks.txt", "POST", "STAFF", "TO", "THIS", "REPORT")]
    [InlineData("vietnam_japan_visit.txt", "Vietnam", "Diplomatic Academy")]
    public void Fragments_titles_and_credit_words_are_not_organisations(string file, params string[] junk)
    {
        var organisations = Names(Read(file), ActorKind.Organization).ToList();
        Assert.All(junk, j => Assert.DoesNotContain(j, organisations));
    }

    [Fact]
    public void Roman_numerals_designations_and_generic_words_are_no_actors()
    {
        var result = Read("generic_words.txt");
        var names = result.Actors.Select(a => a.Name).ToList();
        Assert.All(["II", "F-16", "Su-35", "Government", "Republic", "Islamic Republic", "Foreign Ministry", "Gen", "PM", "Chinese State"],
            j => Assert.DoesNotContain(j, names));
        Assert.Contains("Pakistan", Names(result, ActorKind.Country));
    }

    [Theory]
    [InlineData("nigeria_ghana_summit.txt", "Ivory Coast")]
    [InlineData("nigeria_ghana_summit.txt", "Ghana")]
    [InlineData("india_summit_postponed.txt", "Nepal")]
    [InlineData("generic_words.txt", "Pakistan")]
    public void A_country_name_is_always_a_country(string file, string country)
    {
        var result = Read(file);
        var kinds = result.Actors.Where(a => a.Name == country).Select(a => a.Kind).ToList();
        Assert.Equal([ActorKind.Country], kinds);
    }

    [Theory]
    [InlineData("mexico_us_talks.txt", "Mexico City", "Mexico")]
    [InlineData("nigeria_ghana_summit.txt", "Abidjan", "Ivory Coast")]
    [InlineData("nigeria_ghana_summit.txt", "Accra", "Ghana")]
    public void Cities_are_places_of_their_country(string file, string city, string country) =>
        Assert.Single(Read(file).Actors, a => a.Kind == ActorKind.Place && a.Name == city && a.Country == country);
}
