namespace BriefingBot.Benchmarks;

/// <summary>How one outlet writes people: its spelling variant, diacritics or not, and how it introduces them.</summary>
internal sealed class NameStyle(int variant, bool ascii)
{
    private readonly HashSet<int> _introduced = [];

    /// <summary>First mention "Turkish Foreign Minister Mevlüt Çavuşoğlu", later ones the surname alone.</summary>
    public string Intro(Person person)
    {
        if (!_introduced.Add(person.Index))
        {
            return Family(person);
        }

        return (variant + person.Index) % 3 == 0
            ? $"{Full(person)}, the {person.Country.Adjective} {person.Role},"
            : $"{person.Country.Adjective} {person.Role} {Full(person)}";
    }

    public string Full(Person person)
    {
        _introduced.Add(person.Index);
        return person.Render(variant, ascii);
    }

    public string Family(Person person) => person.FamilyAs(variant, ascii);
}
