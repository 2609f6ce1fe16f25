using BriefingBot.Core.Actors;

using static BriefingBot.Core.Tests.Extraction.OwnArticle;

namespace BriefingBot.Core.Tests.Extraction;

/// <summary>One test a construction of how articles name people, on articles we wrote ourselves.</summary>
public sealed class PersonConstructionTests
{
    [Theory]
    [InlineData("kenya_brazil_visit.txt", "Mauro Vieira", "Foreign Minister", "Brazil")] // "Brazilian Foreign Minister X"
    [InlineData("kenya_brazil_visit.txt", "William Ruto", "president", "Kenya")] // "Kenya's president X"
    [InlineData("india_summit_postponed.txt", "Narendra Modi", "Prime Minister", "India")] // "Indian PM, X,"
    [InlineData("india_summit_postponed.txt", "Pushpa Kamal Dahal", "prime minister", "Nepal")] // "Nepal's prime minister X"
    [InlineData("nigeria_ghana_summit.txt", "Alassane Ouattara", "president", "Ivory Coast")] // two-word country possessive
    [InlineData("nigeria_ghana_summit.txt", "Macky Sall", "President", "Senegal")]
    [InlineData("mexico_us_talks.txt", "Antony Blinken", "Secretary of State", "United States")]
    [InlineData("egypt_ethiopia_cancelled.txt", "Abdel Fattah el-Sisi", "President", "Egypt")] // bracketed insertion
    [InlineData("korea_japan_talks.txt", "Kim Jong Un", "leader", "North Korea")] // a two-word demonym, not "Korean"
    [InlineData("korea_japan_talks.txt", "Yoon Suk Yeol", "President", "South Korea")]
    public void Titled_mentions_give_role_and_country(string file, string name, string title, string country)
    {
        var person = Person(Read(file), name);
        Assert.Contains(person.Roles, r => r.Title == title && r.Country == country);
        Assert.Equal(country, person.Country);
    }

    [Theory]
    [InlineData("kenya_brazil_visit.txt", "Wanjiru Kamau", "Nairobi-based analyst")]
    [InlineData("india_summit_postponed.txt", "Anjali Rao", "fellow at the Observer Research Foundation")]
    [InlineData("nigeria_ghana_summit.txt", "Idayat Hassan", "senior fellow at the Centre for Democracy and Development")]
    [InlineData("poland_ukraine_visit.txt", "Pawel Szrot", "chief of staff")] // "Duda's chief of staff, X"
    [InlineData("india_summit_postponed.txt", "Ajit Doval", "adviser")] // "Modi's adviser, X"
    [InlineData("mexico_us_talks.txt", "Alejandro Mayorkas", "Homeland Security Secretary")]
    public void Appositions_and_possessors_give_the_role(string file, string name, string title) =>
        Assert.Contains(Person(Read(file), name).Roles, r => r.Title == title);

    [Fact]
    public void An_apposition_demonym_is_the_country_not_part_of_the_title()
    {
        var steinmeier = Person(Read("germany_france_conference.txt"), "Frank-Walter Steinmeier");
        Assert.Contains(steinmeier.Roles, r => r.Title == "president" && r.Country == "Germany");
    }

    [Theory]
    [InlineData("Ahn Duk-geun", "energy minister", "South Korea")] // ", the South Korean energy minister,"
    [InlineData("Ebrahim Patel", "trade minister", "South Africa")]
    [InlineData("Pak Myong-ho", "deputy foreign minister", "North Korea")] // not South Korea's "Korean"
    public void An_apposition_demonym_of_two_words_is_the_country_not_part_of_the_title(string name, string title, string country)
    {
        var person = Person(Read("korea_energy_appositions.txt"), name);
        Assert.Contains(person.Roles, r => r.Title == title && r.Country == country);
        Assert.DoesNotContain(person.Roles, r => r.Title.Contains("Korean", StringComparison.Ordinal) || r.Title.Contains("African", StringComparison.Ordinal));
        Assert.Equal(country, person.Country);
    }

    [Fact]
    public void Counterpart_of_an_unnamed_title_takes_that_title_not_the_last_persons()
    {
        var mutua = Person(Read("kenya_brazil_visit.txt"), "Alfred Mutua");
        Assert.Contains(mutua.Roles, r => r.Title == "Foreign Minister" && r.Country == "Kenya");
        Assert.DoesNotContain(mutua.Roles, r => r.Title.Contains("resident", StringComparison.Ordinal));
    }

    [Fact]
    public void Colleague_inherits_the_role_of_the_person_named_before()
    {
        var mekonnen = Person(Read("egypt_ethiopia_cancelled.txt"), "Demeke Mekonnen");
        Assert.Contains(mekonnen.Roles, r => r.Title == "Foreign Minister" && r.Country == "Ethiopia");
    }

    [Fact]
    public void A_plural_title_is_shared_by_names_joined_with_and()
    {
        var result = Read("argentina_chile_call.txt");
        Assert.Contains(Person(result, "Santiago Cafiero").Roles, r => r.Title == "foreign minister");
        Assert.Contains(Person(result, "Alberto van Klaveren").Roles, r => r.Title == "foreign minister");
    }

    [Fact]
    public void A_family_name_said_alone_is_the_one_person_whose_name_it_begins()
    {
        var result = Read("korea_japan_talks.txt");

        // "Yoon said" after "Yoon Suk Yeol": Korean names put the family name first.
        Assert.Contains("Yoon", Person(result, "Yoon Suk Yeol").Aliases);
        Assert.DoesNotContain("Yoon", Names(result, ActorKind.Person));

        // "Kim said" after "Kim Jong Un" and "Kim Yo Jong": either could have, so neither takes it.
        Assert.DoesNotContain("Kim", Person(result, "Kim Jong Un").Aliases);
        Assert.DoesNotContain("Kim", Person(result, "Kim Yo Jong").Aliases);
    }

    [Theory]
    [InlineData("Moon Jae-in", "Former President")]
    [InlineData("Chung Eui-yong", null)]
    [InlineData("Park Jin", "Foreign Minister")]
    public void A_korean_given_name_joined_by_a_hyphen_is_part_of_the_name(string name, string? title)
    {
        var person = Person(Read("korea_japan_talks.txt"), name);
        if (title is not null)
        {
            Assert.Contains(person.Roles, r => r.Title == title);
        }
    }

    [Fact]
    public void A_noble_title_after_an_office_is_not_part_of_the_role()
    {
        var faisal = Person(Read("saudi_iran_talks.txt"), "Faisal bin Farhan");
        Assert.Contains(faisal.Roles, r => r.Title == "Foreign Minister" && r.Country == "Saudi Arabia");
        Assert.DoesNotContain(faisal.Roles, r => r.Title == "Foreign Minister Prince");
    }

    [Theory]
    [InlineData("germany_france_conference.txt", "Ursula von der Leyen")] // two particles
    [InlineData("argentina_chile_call.txt", "Alberto van Klaveren")]
    [InlineData("saudi_iran_talks.txt", "Faisal bin Farhan")]
    [InlineData("egypt_ethiopia_cancelled.txt", "Abdel Fattah el-Sisi")]
    [InlineData("argentina_chile_call.txt", "Santiago Cafiero")] // a given name that is also a city
    public void Names_with_particles_and_city_given_names_are_whole(string file, string name) =>
        Person(Read(file), name);

    [Theory]
    [InlineData("mexico_us_talks.txt", "Andrés Manuel López Obrador", "Lopez Obrador")] // diacritics, two-word surname
    [InlineData("saudi_iran_talks.txt", "Faisal bin Farhan", "Faisal")] // "Prince Faisal": title and given name
    [InlineData("poland_ukraine_visit.txt", "Volodymyr Zelenskyy", "Zelensky")] // transliteration
    [InlineData("poland_ukraine_visit.txt", "Péter Szijjártó", "Szijjarto")] // diacritics, surname only
    [InlineData("argentina_chile_call.txt", "Alberto Fernández", "Fernandez")]
    [InlineData("egypt_ethiopia_cancelled.txt", "Abdel Fattah el-Sisi", "Sisi")]
    public void Short_and_variant_forms_are_aliases_of_one_person(string file, string name, string alias)
    {
        var result = Read(file);
        Assert.Contains(alias, Person(result, name).Aliases);
        Assert.DoesNotContain(result.Actors, a => a.Kind == ActorKind.Person && a.Name == alias);
    }

    [Theory]
    [InlineData("kenya_brazil_visit.txt", "Example Wire")] // the wire in a dateline
    [InlineData("kenya_brazil_visit.txt", "John Mwangi")] // an all-caps photo credit
    [InlineData("germany_france_conference.txt", "Élysée")] // "the Élysée said"
    [InlineData("germany_france_conference.txt", "Deutsche Welle")] // outlet
    [InlineData("germany_france_conference.txt", "Klaus")] // reader comment with a timestamp
    [InlineData("india_summit_postponed.txt", "Rahul Mehta")] // "Reply to" comment section
    [InlineData("india_summit_postponed.txt", "India Daily")] // "See X Daily, June 9:" link line
    [InlineData("mexico_us_talks.txt", "Homeland Security")] // a title, not a name
    [InlineData("saudi_iran_talks.txt", "Al Arabiya")]
    public void Outlets_credits_comments_and_titles_are_not_persons(string file, string name) =>
        Assert.DoesNotContain(Read(file).Actors, a => a.Kind == ActorKind.Person && a.Name.Contains(name, StringComparison.OrdinalIgnoreCase));
}
