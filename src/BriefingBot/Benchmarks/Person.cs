using AnyAscii;

namespace BriefingBot.Benchmarks;

/// <summary>One synthetic person: name parts with their spelling variants, a country and a role.</summary>
internal sealed record Person(int Index, Country Country, string Given, string Surname, string Role, bool SurnameFirst)
{
    /// <summary>The name as the canonical spelling has it.</summary>
    public string Name => Render(0, ascii: false);

    public string Family => Pick(Surname, 0, ascii: false);

    /// <summary>The name as one outlet writes it: a spelling variant, and diacritics kept or not.</summary>
    public string Render(int variant, bool ascii)
    {
        var given = Pick(Given, variant, ascii);
        var family = Pick(Surname, variant, ascii);
        return SurnameFirst ? $"{family} {given}" : $"{given} {family}";
    }

    public string FamilyAs(int variant, bool ascii) => Pick(Surname, variant, ascii);

    private static string Pick(string entry, int variant, bool ascii)
    {
        var forms = entry.Split('|');
        var form = forms[variant % forms.Length];
        return ascii ? form.Transliterate() : form;
    }
}
