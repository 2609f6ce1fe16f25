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
}
