using BriefingBot.Core.Actors;
using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Tests.Actors;

public sealed class ActorIdentityTests
{
    private static Actor Known(string name, string? country, params string[] aliases) => new()
    {
        Id = 1,
        Kind = ActorKind.Person,
        Name = name,
        Aliases = [name, .. aliases],
        Country = country,
        Keys = [.. ActorKeys.For([name, .. aliases])],
    };

    private static ExtractedActor Found(string name, string? country, params ExtractedRole[] roles) =>
        new(ActorKind.Person, name, [name], roles, country);

    [Theory]
    [InlineData("Volodymyr Zelenskyy", "Volodymyr Zelensky")]
    [InlineData("Sergei Shoigu", "Sergey Shoygu")]
    [InlineData("Ahmet Çavuşoğlu", "Ahmet Cavusoglu")]
    [InlineData("Recep Erdogan", "Recep Tayyip Erdoğan")]
    public void Transliteration_and_middle_name_variants_share_a_key_and_match(string known, string found)
    {
        Assert.True(ActorKeys.For([known]).Intersect(ActorKeys.For([found])).Any());
        Assert.NotNull(new ActorMatcher().Match(Found(found, null), [Known(known, null)]));
    }

    [Fact]
    public void Surname_alone_does_not_merge_without_a_compatible_role_or_country()
    {
        var matcher = new ActorMatcher();
        Assert.Null(matcher.Match(Found("Khan", null), [Known("Imran Khan", "Pakistan")]));
        Assert.NotNull(matcher.Match(Found("Khan", "Pakistan"), [Known("Imran Khan", "Pakistan")]));
    }

    [Fact]
    public void Different_given_names_are_different_people()
    {
        Assert.Null(new ActorMatcher().Match(Found("Hunter Biden", null), [Known("Joe Biden", null)]));
    }

    [Fact]
    public void An_actor_offered_again_is_judged_by_its_names_now_not_by_those_it_had()
    {
        // A store offers the same actor (same id) as a new object after each write, sometimes with names it has gained.
        var matcher = new ActorMatcher();
        Assert.Null(matcher.Match(Found("Recep Tayyip Erdogan", null), [Known("Tayyip Bey", null)]));

        Assert.NotNull(matcher.Match(Found("Recep Tayyip Erdogan", null), [Known("Tayyip Bey", null, "Recep Erdogan")]));
        Assert.Null(matcher.Match(Found("Hunter Biden", null), [Known("Joe Biden", null)]));
        Assert.NotNull(matcher.Match(Found("Hunter Biden", null), [Known("Hunter Biden", null)]));
    }

    [Fact]
    public void Keys_stay_few_whatever_the_aliases()
    {
        Assert.True(ActorKeys.For(["Sergey Lavrov", "Sergei Lavrov", "Lavrov", "Sergei Viktorovich Lavrov"]).Count <= 3);
    }
}
