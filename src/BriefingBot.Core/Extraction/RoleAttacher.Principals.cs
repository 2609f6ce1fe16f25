using BriefingBot.Core.Actors;

namespace BriefingBot.Core.Extraction;

/// <summary>Roles that depend on another person or on an apposition: aides of a leader, royal styles.</summary>
internal sealed partial class RoleAttacher
{
    private static bool IsRoyalStyle(string title) =>
        title.ToLowerInvariant() is "prince" or "princess" or "king" or "queen" or "sheikh" or "emir" or "sultan";

    // The person whose possessive stands just before the title words of mention m: "Modi's national security adviser".
    private int? PrincipalOf(IReadOnlyList<NameMention> mentions, int m, IReadOnlyList<Token> tokens)
    {
        var k = mentions[m].First - 1;
        while (k >= 0 && !tokens[k].Possessive && (IsTitleWord(tokens[k]) || _gazetteer.Ranks.Contains(tokens[k].Text)))
        {
            k--;
        }

        if (k < 0 || k == mentions[m].First - 1 || !tokens[k].Possessive)
        {
            return null;
        }

        for (var j = m - 1; j >= 0 && mentions[j].Sentence == mentions[m].Sentence; j--)
        {
            if (mentions[j].Kind == ActorKind.Person && mentions[j].First + mentions[j].Count - 1 == k)
            {
                return j;
            }
        }

        return null;
    }
}
