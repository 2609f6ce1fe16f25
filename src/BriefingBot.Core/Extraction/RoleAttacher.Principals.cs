using BriefingBot.Core.Actors;

namespace BriefingBot.Core.Extraction;

/// <summary>Roles that depend on another person or on an apposition: aides of a leader, royal styles.</summary>
internal sealed partial class RoleAttacher
{
    private static bool IsRoyalStyle(string title) =>
        title.ToLowerInvariant() is "prince" or "princess" or "king" or "queen" or "sheikh" or "emir" or "sultan";

    // The person whose possessive stands just before the title words of mention m: "Modi's national security adviser".
    private int? PrincipalOf(IReadOnlyList<NameMention> mentions, int m, Token[] tokens)
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

    // "Ajit Doval, Modi's national security adviser, said": the title after a person's possessive, that person served.
    private MentionRole? FromPossessiveApposition(IReadOnlyList<NameMention> mentions, int m, Token[] tokens)
    {
        var end = mentions[m].First + mentions[m].Count;
        if (end >= tokens.Length || tokens[end].Text != "," || m + 1 >= mentions.Count)
        {
            return null;
        }

        var principal = mentions[m + 1];
        var last = principal.First + principal.Count - 1;
        if (principal.Sentence != mentions[m].Sentence || principal.Kind != ActorKind.Person || principal.First != end + 1 || !tokens[last].Possessive)
        {
            return null;
        }

        var words = new List<string>();
        var k = last + 1;
        for (; k < tokens.Length && words.Count < 5 && tokens[k].IsWord && char.IsLower(tokens[k].Text[0]); k++)
        {
            words.Add(tokens[k].Text);
        }

        var closed = k == tokens.Length || tokens[k].Text is "," or "." or ";";
        return closed && words.Count > 0 && RoleNouns().IsMatch(words[^1])
            ? new MentionRole(string.Join(' ', words), null, true, Principal: m + 1)
            : null;
    }
}
