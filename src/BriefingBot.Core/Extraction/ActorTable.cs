using BriefingBot.Core.Actors;
using BriefingBot.Core.Meetings;

namespace BriefingBot.Core.Extraction;

/// <summary>
/// Builds the article's actor list from resolved mentions: persons (with roles and evidence) first, then
/// countries, organisations and places, and turns meeting candidates into meetings that index it.
/// </summary>
internal sealed class ActorTable
{
    private readonly List<ExtractedActor> _actors = [];
    private readonly Dictionary<(ActorKind, string), int> _byName = [];
    private readonly int[] _actorOfPerson;

    public ActorTable(IReadOnlyList<NameMention> mentions, IReadOnlyList<MentionRole?> roles, int[] personOf, IReadOnlyList<PersonCluster> persons, IReadOnlyList<Sentence> sentences)
    {
        _actorOfPerson = new int[persons.Count];
        var countries = new string?[persons.Count];
        var roleLists = new List<ExtractedRole>[persons.Count];
        for (var p = 0; p < persons.Count; p++)
        {
            var person = persons[p];
            var extracted = new List<ExtractedRole>();
            var countryVotes = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var m in person.Mentions)
            {
                var role = roles[m];
                if (role?.Country is { } c)
                {
                    countryVotes[c] = countryVotes.GetValueOrDefault(c) + (role.Title is null ? 1 : 2);
                }

                if (role?.Title is { } title && !extracted.Any(r => string.Equals(r.Title, title, StringComparison.OrdinalIgnoreCase) && r.Country == role.Country))
                {
                    extracted.Add(new ExtractedRole(title, role.Country, sentences[mentions[m].Sentence].Text));
                }
            }

            countries[p] = countryVotes.Count == 0 ? null : countryVotes.MaxBy(v => v.Value).Key;
            roleLists[p] = extracted;
        }

        for (var p = 0; p < persons.Count; p++)
        {
            if (countries[p] is null && PrincipalCountry(persons[p], roles, personOf, countries) is { } served)
            {
                countries[p] = served;
                roleLists[p] = roleLists[p].Select(r => r with { Country = r.Country ?? served }).ToList();
            }

            _actorOfPerson[p] = _actors.Count;
            _actors.Add(new ExtractedActor(ActorKind.Person, persons[p].Name, persons[p].Aliases, roleLists[p], countries[p]));
        }

        PersonCountries = countries;
        var list = new List<Mention>(mentions.Count);
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            int? actor = mention.Kind switch
            {
                ActorKind.Person => personOf[m] >= 0 ? _actorOfPerson[personOf[m]] : null,
                ActorKind.Country => ActorFor(ActorKind.Country, mention.Country ?? mention.Text, mention.Country),
                ActorKind.Place => ActorFor(ActorKind.Place, mention.Text, mention.Country),
                _ => ActorFor(mention.Kind, mention.Text, null),
            };
            list.Add(new Mention(mention.Text, mention.Kind, mention.Start, mention.Length, actor));
        }

        Mentions = list;
    }

    public IReadOnlyList<ExtractedActor> Actors => _actors;

    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>The country of each person of the article, or null.</summary>
    public IReadOnlyList<string?> PersonCountries { get; }

    public IReadOnlyList<ExtractedMeeting> ToMeetings(IReadOnlyList<MeetingCandidate> meetings) => meetings
        .Select(m => new ExtractedMeeting(
            m.Kind,
            m.Persons.Order().Select(p => _actorOfPerson[p]).Concat(m.Countries.Order(StringComparer.Ordinal).Select(c => ActorFor(ActorKind.Country, c, c))).ToList(),
            m.Location,
            m.Date,
            m.Status ?? MeetingStatus.Held,
            m.Evidence))
        .ToList();

    // "Modi's adviser Ajit Doval": a person with no country of their own takes the country of the person they serve.
    private static string? PrincipalCountry(PersonCluster person, IReadOnlyList<MentionRole?> roles, int[] personOf, string?[] countries) => person.Mentions
        .Select(m => roles[m]?.Principal ?? -1)
        .Where(principal => principal >= 0 && personOf[principal] >= 0)
        .Select(principal => countries[personOf[principal]])
        .FirstOrDefault(country => country is not null);

    private int ActorFor(ActorKind kind, string name, string? country)
    {
        if (_byName.TryGetValue((kind, name), out var index))
        {
            if (!_actors[index].Aliases.Contains(name))
            {
                ((List<string>)_actors[index].Aliases).Add(name);
            }

            return index;
        }

        _actors.Add(new ExtractedActor(kind, name, new List<string> { name }, [], country));
        _byName[(kind, name)] = _actors.Count - 1;
        return _actors.Count - 1;
    }
}
