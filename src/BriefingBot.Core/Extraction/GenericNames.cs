using System.Text.RegularExpressions;

namespace BriefingBot.Core.Extraction;

/// <summary>
/// Says which capitalised words name nothing by themselves: titles and their abbreviations ("PM", "Gen"),
/// roman numerals ("World War II"), weapon designations ("F-35"), shouted credit words ("STAFF"), and
/// organisation or place words standing alone ("Government", "Republic", "Representatives").
/// </summary>
internal static partial class GenericNames
{
    private static readonly Gazetteer s_gazetteer = Gazetteer.Instance;

    /// <summary>An all-caps word that is not an acronym of an organisation.</summary>
    public static bool IsJunkAcronym(string text) =>
        IsGenericWord(text) || s_gazetteer.Months.Contains(text) || RomanNumeral().IsMatch(text) || Designation().IsMatch(text);

    /// <summary>A word that says what kind of thing something is rather than naming it.</summary>
    public static bool IsGenericWord(string text)
    {
        var kinds = s_gazetteer.KindsOf(text);
        return (kinds & (WordKinds.Org | WordKinds.NamedOrg)) == WordKinds.Org
            || (kinds & (WordKinds.Title | WordKinds.Honorific | WordKinds.Rank | WordKinds.Group | WordKinds.Place | WordKinds.Common)) != 0;
    }

    /// <summary>
    /// True when an organisation name has no word of its own: one generic word ("Government"), or only titles,
    /// common and organisation words ("Foreign Ministry", "Islamic Republic"). A demonym or region makes it someone's ("Turkish Foreign
    /// Ministry", "African Union"), and "of" makes a full name ("House of Representatives").
    /// </summary>
    public static bool IsGenericOrganisation(Token[] tokens, int from, int end)
    {
        if (end - from == 1)
        {
            return IsGenericWord(tokens[from].Text) || IsJunkAcronym(tokens[from].Text);
        }

        for (var k = from; k < end; k++)
        {
            var word = tokens[k].Text;
            var kinds = s_gazetteer.KindsOf(word);
            if (word is "of" or "for" or "and" or "on" || s_gazetteer.CountryOf(word) is not null || (kinds & (WordKinds.Region | WordKinds.NamedOrg)) != 0
                || (kinds & (WordKinds.Title | WordKinds.Org | WordKinds.Group | WordKinds.Honorific | WordKinds.Rank | WordKinds.Common)) == 0)
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^(?=[MDCLXVI]{2,}$)M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")]
    private static partial Regex RomanNumeral();

    // "F-35", "S-400", "Su-57", "MQ-9": designations of weapons and aircraft, not organisations.
    [GeneratedRegex(@"^[A-Za-z]{1,3}-\d")]
    private static partial Regex Designation();
}
