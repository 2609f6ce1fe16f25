using System.Collections.Frozen;
using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Tests.Extraction;

public sealed class GazetteerTests
{
    private static readonly Gazetteer s_gazetteer = Gazetteer.Instance;

    [Fact]
    public void Word_kinds_agree_with_every_list_whatever_the_case()
    {
        var lists = new (FrozenSet<string> Words, WordKinds Kind)[]
        {
            (s_gazetteer.Titles, WordKinds.Title), (s_gazetteer.Honorifics, WordKinds.Honorific), (s_gazetteer.Ranks, WordKinds.Rank),
            (s_gazetteer.GroupNouns, WordKinds.Group), (s_gazetteer.OrgWords, WordKinds.Org), (s_gazetteer.NamedOrgs, WordKinds.NamedOrg),
            (s_gazetteer.Regions, WordKinds.Region), (s_gazetteer.PlaceWords, WordKinds.Place), (s_gazetteer.Outlets, WordKinds.Outlet),
            (s_gazetteer.CommonWords, WordKinds.Common), (s_gazetteer.Months, WordKinds.Month),
        };

        foreach (var word in lists.SelectMany(l => l.Words).Distinct())
        {
            foreach (var form in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..] })
            {
                var expected = lists.Where(l => l.Words.Contains(form)).Aggregate(WordKinds.None, (kinds, l) => kinds | l.Kind);
                Assert.Equal(expected, s_gazetteer.KindsOf(form));
            }
        }

        Assert.Equal(WordKinds.None, s_gazetteer.KindsOf("Lavrov"));
    }

    [Fact]
    public void Every_country_city_and_outlet_name_is_within_the_words_tried_from_its_first_word()
    {
        // The name recognizer tries at most LongestNameFrom(first word) words against the gazetteer: never fewer
        // than a name it holds, in whatever case the article writes it.
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("BriefingBot.Extraction.countries.txt")!;
        var names = new StreamReader(stream).ReadToEnd().Split('\n')
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .SelectMany(line => line.Split('|').Where((_, column) => column != 2).SelectMany(part => part.Split(',')))
            .Select(name => name.Trim())
            .Where(name => name.Length > 0)
            .ToList();
        Assert.Contains("Bosnia and Herzegovina", names);
        Assert.Contains("Rio de Janeiro", names);

        foreach (var name in names)
        {
            var words = name.Split(' ');
            foreach (var first in new[] { words[0], words[0].ToUpperInvariant(), words[0].ToLowerInvariant() })
            {
                Assert.True(s_gazetteer.LongestNameFrom(first) >= words.Length, name);
            }
        }

        // Two outlet words in a row are one outlet ("Al Jazeera" and "Ria Novosti" are listed word by word).
        Assert.All(s_gazetteer.Outlets, outlet => Assert.True(s_gazetteer.LongestNameFrom(outlet.Split(' ')[0]) >= Math.Max(2, outlet.Split(' ').Length), outlet));
        Assert.Equal(1, s_gazetteer.LongestNameFrom("Ankara’s"));
        Assert.Equal(0, s_gazetteer.LongestNameFrom("Lavrov"));
        Assert.Equal(0, s_gazetteer.LongestNameFrom("Minister"));
    }

    [Theory]
    [InlineData("Envoys of Saudi Arabia met in Rio de Janeiro on Monday.", "Saudi Arabia", "Rio de Janeiro")]
    [InlineData("Sergey Lavrov flew from Saint Petersburg to New Delhi, Al Jazeera reported.", "Saint Petersburg", "New Delhi")]
    public void Names_of_several_words_are_found_whole(string text, string first, string second)
    {
        var extraction = new ArticleExtractor().Extract(new Core.Articles.ArticleDraft(text), new DateOnly(2026, 3, 2));

        Assert.Contains(extraction.Mentions, m => m.Text == first);
        Assert.Contains(extraction.Mentions, m => m.Text == second);
    }
}
