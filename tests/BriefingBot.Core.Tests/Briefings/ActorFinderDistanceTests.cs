using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// "Did you mean" weighs hundreds of names against a typo and keeps those within a limit: the distance it uses must be
/// the edit distance (to the whole name or to one of its words) whenever that is within the limit, and above the limit
/// otherwise.
/// </summary>
public sealed class ActorFinderDistanceTests
{
    [Theory]
    [InlineData("sergei lavrov", "lavrov", 3, 0)]
    [InlineData("sergei lavrov", "lavrof", 3, 1)]
    [InlineData("sergei lavrov", "sergey lavrov", 4, 1)]
    [InlineData("musalia mudavadi", "mudavdi", 2, 1)]
    [InlineData("recep tayyip erdogan", "zelensky", 2, 3)]
    [InlineData("", "abc", 2, 3)]
    [InlineData("abc", "", 5, 3)]
    public void Known_pairs(string key, string query, int limit, int expected) =>
        Assert.Equal(expected, ActorFinder.Distance(key, query, limit));

    [Fact]
    public void Within_the_limit_it_is_the_edit_distance_to_the_name_or_a_word_of_it_and_above_it_says_so()
    {
        var random = new Random(23);
        const string letters = "aeiou rstlnk";
        string Word(int length) => new([.. Enumerable.Range(0, length).Select(_ => letters[random.Next(letters.Length)])]);

        for (var i = 0; i < 20_000; i++)
        {
            var key = Word(random.Next(0, 18));
            // Queries near the key as often as far from it: a few edits of it, or anything.
            var query = random.Next(2) == 0 ? Edit(key, random.Next(0, 5), random, letters) : Word(random.Next(0, 12));
            var limit = random.Next(0, 7);

            var expected = key.Split(' ').Select(w => Reference(w, query)).Prepend(Reference(key, query)).Min();

            var got = ActorFinder.Distance(key, query, limit);

            Assert.True(
                expected <= limit ? got == expected : got == limit + 1,
                $"\"{key}\" against \"{query}\" within {limit}: expected {expected}, got {got}");
        }
    }

    private static string Edit(string text, int edits, Random random, string letters)
    {
        var chars = text.ToList();
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(chars.Count + 1);
            switch (random.Next(3))
            {
                case 0:
                    chars.Insert(at, letters[random.Next(letters.Length)]);
                    break;
                case 1 when at < chars.Count:
                    chars.RemoveAt(at);
                    break;
                default:
                    if (at < chars.Count)
                    {
                        chars[at] = letters[random.Next(letters.Length)];
                    }

                    break;
            }
        }

        return new string([.. chars]);
    }

    // The textbook full table.
    private static int Reference(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }
}
