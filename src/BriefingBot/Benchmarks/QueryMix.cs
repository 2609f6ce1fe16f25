using AnyAscii;

namespace BriefingBot.Benchmarks;

/// <summary>
/// The commands users send, in a realistic mix: mostly people in the news (full names, surnames, other spellings,
/// no diacritics), some typos, some names nobody wrote about; meetings by person, country and status; searches of
/// one to three words, a few matching nothing.
/// </summary>
internal sealed class QueryMix(CorpusGenerator corpus)
{
    public IReadOnlyList<string> Who(int count) => Make(count, 11, random => "/who " + PersonQuery(random));

    public IReadOnlyList<string> Meetings(int count) => Make(count, 12, random => random.Next(20) switch
    {
        < 10 => "/meetings " + PersonQuery(random),
        < 15 => "/meetings " + NameTables.Countries[random.Next(NameTables.Countries.Count)].Name,
        < 18 => "/meetings " + (random.Next(4) switch { 0 => "planned", 1 => "held", 2 => "postponed", _ => "cancelled" }),
        _ => "/meetings " + Unknown(random),
    });

    public IReadOnlyList<string> Search(int count) => Make(count, 13, random =>
    {
        string[] words = random.Next(10) switch
        {
            0 => [Unknown(random).ToLowerInvariant()],
            < 4 => [corpus.PickPerson(random).Family],
            < 7 => [.. Pick(random, Phrasebook.Topics).Split(' ').Where(w => w.Length > 3).Take(2)],
            < 9 => [Pick(random, Phrasebook.Nouns), NameTables.Countries[random.Next(NameTables.Countries.Count)].Capital],
            _ => [Pick(random, Phrasebook.Adjectives), Pick(random, Phrasebook.Topics).Split(' ')[^1], corpus.PickPerson(random).Family],
        };
        return "/search " + string.Join(' ', words);
    });

    private string PersonQuery(Random random)
    {
        var person = corpus.PickPerson(random);
        return random.Next(20) switch
        {
            < 8 => person.Name,
            < 11 => person.Family,
            < 13 => person.Render(1 + random.Next(3), ascii: false),
            < 15 => person.Name.Transliterate().ToLowerInvariant(),
            < 19 => Typo(person.Name, random),
            _ => Unknown(random),
        };
    }

    // One letter dropped, doubled or swapped with its neighbour: what people type in a hurry.
    private static string Typo(string name, Random random)
    {
        var at = 1 + random.Next(Math.Max(1, name.Length - 2));
        return random.Next(3) switch
        {
            0 => name.Remove(at, 1),
            1 => name.Insert(at, name[at].ToString()),
            _ => at + 1 < name.Length ? $"{name[..at]}{name[at + 1]}{name[at]}{name[(at + 2)..]}" : name.Remove(at, 1),
        };
    }

    private static string Unknown(Random random) =>
        string.Concat(Enumerable.Range(0, 3).Select(_ => Pick(random, ["Zor", "Qua", "Vel", "Mint", "Brax", "Oth", "Pell", "Yst"]))) + " "
        + Pick(random, ["Ulvander", "Kestrami", "Bodrovix", "Thessaly", "Marrowind"]);

    private static string Pick(Random random, IReadOnlyList<string> items) => items[random.Next(items.Count)];

    private IReadOnlyList<string> Make(int count, int salt, Func<Random, string> next)
    {
        var random = corpus.RandomFor(salt, 0);
        return [.. Enumerable.Range(0, count).Select(_ => next(random))];
    }
}
