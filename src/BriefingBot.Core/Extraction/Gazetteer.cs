using System.Collections.Frozen;
using System.Reflection;

namespace BriefingBot.Core.Extraction;

/// <summary>
/// The word lists the stages share: countries with their other names, demonyms and cities,
/// and the lexicon of title, organisation, place and common words. Loaded once from embedded resources.
/// </summary>
internal sealed class Gazetteer
{
    // Looked up by span, through lookups made once: asking a frozen dictionary for its span lookup at every call costs a
    // type check and a generic virtual call (a fourteenth of the name recognizer's samples).
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _countryByName;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _countryByDemonym;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _countryByCity;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _cityByName;
    private readonly FrozenDictionary<string, FrozenSet<string>> _sections;
    private readonly FrozenDictionary<string, WordKinds> _kinds;

    // Under the first word of every country, city and outlet name, how many words the longest of them has.
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _longestNameFrom;

    private Gazetteer()
    {
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var byDemonym = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var byCity = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var cityName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in ReadLines("countries"))
        {
            var parts = line.Split('|');
            var country = parts[0].Trim();
            byName[country] = country;
            foreach (var alias in Items(parts, 1))
            {
                byName[alias] = country;
            }

            foreach (var demonym in Items(parts, 2))
            {
                byDemonym.TryAdd(demonym, country);
            }

            foreach (var city in Items(parts, 3))
            {
                byCity.TryAdd(city, country);
                cityName.TryAdd(city, city);
            }
        }

        _countryByName = SpanLookup(byName);
        _countryByDemonym = SpanLookup(byDemonym);
        _countryByCity = SpanLookup(byCity);
        _cityByName = SpanLookup(cityName);

        var sections = new Dictionary<string, HashSet<string>>();
        HashSet<string>? current = null;
        foreach (var line in ReadLines("lexicon"))
        {
            if (line.StartsWith('['))
            {
                current = [];
                sections[line.Trim('[', ']', ' ')] = current;
                continue;
            }

            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // Multi-word entries ("le_monde") are written with underscores.
                current?.Add(word.Replace('_', ' ').ToLowerInvariant());
            }
        }

        _sections = sections.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
        Titles = _sections["title"];
        Honorifics = _sections["honorific"];
        Ranks = _sections["rank"];
        GroupNouns = _sections["group"];
        NamedOrgs = _sections["namedorg"];
        OrgWords = _sections["org"].Union(NamedOrgs).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Regions = _sections["region"];
        PlaceWords = _sections["place"];
        Outlets = _sections["outlet"];
        CommonWords = _sections["common"];
        Months = FrozenSet.ToFrozenSet(
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            StringComparer.OrdinalIgnoreCase);

        var kinds = new Dictionary<string, WordKinds>(StringComparer.OrdinalIgnoreCase);
        foreach (var (words, kind) in new[]
        {
            (Titles, WordKinds.Title), (Honorifics, WordKinds.Honorific), (Ranks, WordKinds.Rank), (GroupNouns, WordKinds.Group),
            (OrgWords, WordKinds.Org), (NamedOrgs, WordKinds.NamedOrg), (Regions, WordKinds.Region), (PlaceWords, WordKinds.Place),
            (Outlets, WordKinds.Outlet), (CommonWords, WordKinds.Common), (Months, WordKinds.Month),
        })
        {
            foreach (var word in words)
            {
                kinds[word] = kinds.GetValueOrDefault(word) | kind;
            }
        }

        _kinds = kinds.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        var longest = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, words) in byName.Keys.Concat(byCity.Keys).Select(n => (n, n.Split(' ').Length))
            .Concat(Outlets.Select(n => (n, Math.Max(2, n.Split(' ').Length)))))
        {
            var first = name.Split(' ')[0];
            longest[first] = Math.Max(longest.GetValueOrDefault(first), words);
        }

        _longestNameFrom = SpanLookup(longest);
    }

    /// <summary>
    /// At most how many words, joined by single spaces from this one on, can be a country's name (<see cref="CountryByName(string)"/>),
    /// a city (<see cref="CountryOfCity"/>) or an outlet (<see cref="Outlets"/>; two words for an outlet of one, as two outlet words in a
    /// row make one): 0 when none can. A one-word name may also be the word without a closing 's.
    /// </summary>
    public int LongestNameFrom(string word)
    {
        _longestNameFrom.TryGetValue(word, out var longest);
        var cleaned = Clean(word);
        return longest == 0 && cleaned.Length < word.Length && _longestNameFrom.ContainsKey(cleaned) ? 1 : longest;
    }

    /// <summary>The one shared instance; the lists never change after loading.</summary>
    public static Gazetteer Instance { get; } = new();

    public FrozenSet<string> Titles { get; }

    public FrozenSet<string> Honorifics { get; }

    public FrozenSet<string> Ranks { get; }

    public FrozenSet<string> GroupNouns { get; }

    public FrozenSet<string> OrgWords { get; }

    /// <summary>Organisations known by one word ("Hezbollah", "Kremlin"); they are also <see cref="OrgWords"/>.</summary>
    public FrozenSet<string> NamedOrgs { get; }

    /// <summary>Adjectives that open organisation names: "African", "European", "International".</summary>
    public FrozenSet<string> Regions { get; }

    public FrozenSet<string> PlaceWords { get; }

    public FrozenSet<string> Outlets { get; }

    public FrozenSet<string> CommonWords { get; }

    public FrozenSet<string> Months { get; }

    /// <summary>Every list of the lexicon the word is in, by one lookup.</summary>
    public WordKinds KindsOf(string word) => _kinds.GetValueOrDefault(word);

    /// <summary>"Türkiye", "UK", "Russian Federation" → the canonical country name.</summary>
    public string? CountryByName(string name) => CountryByName(name.AsSpan());

    /// <summary>"Russian" → "Russia".</summary>
    public string? CountryByDemonym(string word) => Find(_countryByDemonym, word);

    /// <summary>The country of a known city: "Antalya" → "Turkey".</summary>
    public string? CountryOfCity(string city) => Find(_countryByCity, city);

    /// <summary>The gazetteer's spelling of a known city, or null.</summary>
    public string? City(string name) => City(name.AsSpan());

    /// <summary>As <see cref="CountryByName(string)"/>, for a part of a text (no string made to look it up).</summary>
    public string? CountryByName(ReadOnlySpan<char> name) => Find(_countryByName, name);

    /// <summary>As <see cref="City(string)"/>, for a part of a text (no string made to look it up).</summary>
    public string? City(ReadOnlySpan<char> name) => Find(_cityByName, name);

    /// <summary>A country by name, possessive or demonym: "Turkey's", "Turkish", "Turkey".</summary>
    public string? CountryOf(string word) => CountryByName(word) ?? CountryByDemonym(word);

    // One lookup for every list, by span: a possessive "'s" is no part of the name, and cutting it makes no string.
    private static string? Find(in FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> names, ReadOnlySpan<char> word) =>
        names.TryGetValue(Clean(word), out var found) ? found : null;

    private static FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> SpanLookup<T>(Dictionary<string, T> names) =>
        names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static ReadOnlySpan<char> Clean(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    private static IEnumerable<string> Items(string[] parts, int index) => parts.Length > index
        ? parts[index].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        : [];

    private static IEnumerable<string> ReadLines(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"BriefingBot.Extraction.{name}.txt")
            ?? throw new InvalidOperationException($"Missing resource {name}.txt");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
