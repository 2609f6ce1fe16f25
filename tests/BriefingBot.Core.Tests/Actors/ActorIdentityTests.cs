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

    [Fact]
    public void Keys_are_the_same_whatever_a_thread_has_met_before()
    {
        // Each thread keeps the keys of the names it has met, emptied past 5,000: a name's keys must not depend on
        // that. Keys worked out on a thread that meets the names in order, past the bound, and again on fresh threads
        // that meet them in the other order and one at a time.
        string[] given = ["Sergei", "Ahmet", "Recep", "Olena", "José", "Zoë", "Władysław", "Nguyễn Văn"];
        string[] surnames = ["Lavrov", "Çavuşoğlu", "Erdoğan", "Zelenska", "Núñez", "O'Brien", "Kowalski-Nowak", "al-Sabah"];
        var names = Enumerable.Range(0, 25_000)
            .Select(i => i % 7 == 0 ? $"{surnames[i % surnames.Length]}{i}" : $"{given[i % given.Length]} {surnames[(i / 8) % surnames.Length]}{i / 64}")
            .ToList();
        names.AddRange(["", "  ", "Lavrov", "Sergei Lavrov", "Ministry of Foreign Affairs"]);

        IReadOnlyList<string>[] Run(IEnumerable<int> order, bool pairs)
        {
            var keys = new IReadOnlyList<string>[names.Count];
            var thread = new Thread(() =>
            {
                foreach (var i in order)
                {
                    keys[i] = pairs ? ActorKeys.For([names[i], names[(i + 1) % names.Count]]) : ActorKeys.For([names[i]]);
                }
            });
            thread.Start();
            thread.Join();
            return keys;
        }

        var all = Enumerable.Range(0, names.Count).ToList();
        foreach (var pairs in new[] { false, true })
        {
            var forward = Run([.. all, .. all], pairs);
            var backward = Run(Enumerable.Reverse(all), pairs);
            Assert.All(all, i => Assert.Equal(backward[i], forward[i]));
        }

        Assert.Equal(["s:lavrov", "n:sergei lavrov"], ActorKeys.For(["Sergei Lavrov", "Lavrov"]));
        Assert.Empty(ActorKeys.For(["", "  "]));
    }
}
