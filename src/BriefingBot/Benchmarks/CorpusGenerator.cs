namespace BriefingBot.Benchmarks;

/// <summary>
/// A deterministic, realistic corpus from a seed: any article can be produced on its own by index, so the
/// benchmark streams 100,000 of them without holding them in memory. Articles come in blocks of four; a block
/// carries one to four stories, so a story is often reported by two or three outlets (near-duplicates), and
/// about one repost in a hundred is the same text again (an exact duplicate the ingestor must refuse).
/// People are picked with a heavy skew: a few appear in thousands of articles, most in a handful.
/// </summary>
internal sealed class CorpusGenerator
{
    /// <summary>How fast the simulated newsroom receives articles.</summary>
    public const int ArticlesPerDay = 3000;

    public static readonly DateTimeOffset Epoch = new(2026, 1, 5, 6, 0, 0, TimeSpan.Zero);

    // Story slots within a block of four articles: 0-3 name the story, in order of first appearance.
    private static readonly int[][] s_layouts = [[0, 1, 2, 3], [0, 0, 1, 2], [0, 1, 0, 1], [0, 0, 0, 1], [0, 1, 2, 0]];

    private readonly int _seed;
    private readonly Person[] _persons;

    /// <param name="seed">What makes the corpus: the same seed, articles and people give the same texts.</param>
    /// <param name="articles">How many articles the corpus has.</param>
    /// <param name="people">How many people articles are written about; <see cref="DefaultPeople"/> of the articles if null.</param>
    public CorpusGenerator(int seed, int articles, int? people = null)
    {
        _seed = seed;
        Articles = articles;
        _persons = [.. Enumerable.Range(0, people ?? DefaultPeople(articles)).Select(MakePerson)];
    }

    public int Articles { get; }

    /// <summary>
    /// The people of a corpus of <paramref name="articles"/> unless asked otherwise: a fifth of the articles, from 300
    /// to 25,000. The pool grows with the corpus, so a bigger corpus repeats each person less: 2,000 people for 10,000
    /// articles, 20,000 for 100,000.
    /// </summary>
    public static int DefaultPeople(int articles) => Math.Clamp(articles / 5, 300, 25_000);

    public IReadOnlyList<Person> Persons => _persons;

    /// <summary>When article <paramref name="index"/> reaches the bot.</summary>
    public static DateTimeOffset ArrivalOf(int index) => Epoch + TimeSpan.FromSeconds(index * 86_400.0 / ArticlesPerDay);

    /// <summary>A reproducible random stream for one purpose (<paramref name="salt"/>) and one item.</summary>
    public Random RandomFor(int salt, int index) =>
        new(unchecked((int)(((uint)_seed * 2_654_435_761u) ^ ((uint)salt * 40_503u) ^ ((uint)index * 2_246_822_519u))));

    /// <summary>A person index skewed towards the famous few (index 0 is the most written about).</summary>
    public Person PickPerson(Random random) => _persons[(int)(_persons.Length * Math.Pow(random.NextDouble(), 3))];

    /// <summary>Article <paramref name="index"/> as a file with front matter.</summary>
    public string Text(int index) => ArticleWriter.Write(this, Placement(index), index);

    /// <summary>Which story an article reports and how many outlets reported it before.</summary>
    public (Story Story, int Copy) Placement(int index)
    {
        var block = index / 4;
        var layout = s_layouts[RandomFor(2, block).Next(s_layouts.Length)];
        var slot = index % 4;
        var copy = 0;
        for (var i = 0; i < slot; i++)
        {
            copy += layout[i] == layout[slot] ? 1 : 0;
        }

        return (StoryOf((block * 4) + layout[slot]), copy);
    }

    public Story StoryOf(int id)
    {
        var random = RandomFor(3, id);
        var kind = Phrasebook.Kinds[random.Next(Phrasebook.Kinds.Length)];
        var roll = random.NextDouble();
        var status = roll < 0.55 ? "held" : roll < 0.85 ? "planned" : roll < 0.93 ? "postponed" : "cancelled";
        var first = PickPerson(random);
        var second = first;
        for (var tries = 0; tries < 6 && (second == first || second.Country == first.Country); tries++)
        {
            second = PickPerson(random);
        }

        List<Person> participants = [first, second];
        if (kind == "summit")
        {
            participants.Add(PickPerson(random));
        }

        var others = Enumerable.Range(0, 2 + random.Next(3)).Select(_ => PickPerson(random)).Where(p => !participants.Contains(p)).Distinct().ToList();
        var host = random.Next(3) == 0 ? first.Country : second.Country;
        var city = random.Next(5) == 0 ? host.City : host.Capital;
        var offset = status == "held" ? -random.Next(0, 7) : random.Next(1, 35);
        var topics = Enumerable.Range(0, 3).Select(_ => Phrasebook.Topics[random.Next(Phrasebook.Topics.Length)]).Distinct().ToList();
        return new Story(id, kind, status, participants, others, _persons[random.Next(_persons.Length)], city, offset, topics, 2048 + random.Next(6144));
    }

    private Person MakePerson(int index)
    {
        var random = RandomFor(1, index);
        var country = NameTables.Countries[random.Next(NameTables.Countries.Count)];
        var language = NameTables.Languages.First(l => l.Name == country.Language);
        var given = language.GivenNames[random.Next(language.GivenNames.Count)];
        string surname;
        if (random.Next(5) < 2 || language.Endings.Count == 0)
        {
            var pool = language.Stems.Count > 0 && random.Next(2) == 0 ? language.Stems : language.Surnames;
            surname = pool[random.Next(pool.Count)];
        }
        else
        {
            // A stem plus an ending; the ending's variants become the surname's ("Sokolov|Sokolow").
            var stem = language.Stems[random.Next(language.Stems.Count)];
            surname = string.Join('|', language.Endings[random.Next(language.Endings.Count)].Split('|').Select(e => stem.Split('|')[0] + e));
        }

        var role = NameTables.Roles[random.Next(NameTables.Roles.Count)];
        var surnameFirst = language.Name is "Chinese" or "Korean";
        return new Person(index, country, given, surname, role, surnameFirst);
    }
}
