using System.Globalization;
using System.Text.RegularExpressions;

using BriefingBot.Core.Actors;

namespace BriefingBot.Core.Extraction;

/// <summary>
/// Reads the role of each person mention from the words before it ("Russian Foreign Minister", "Turkey's president",
/// "Israeli PM,") or from an apposition after it (", an Ankara-based political analyst"). "Counterpart" and
/// "colleague" take the title of the person named before them in the sentence.
/// </summary>
internal sealed partial class RoleAttacher
{
    private readonly Gazetteer _gazetteer = Gazetteer.Instance;

    public IReadOnlyList<MentionRole?> Attach(IReadOnlyList<NameMention> mentions, IReadOnlyList<Sentence> sentences, IReadOnlyList<Token[]> tokens)
    {
        var roles = new MentionRole?[mentions.Count];
        MentionRole? previous = null;
        MentionRole? lastTitled = null;
        var titlesSeen = new List<string>();
        var previousSentence = -1;
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Kind != ActorKind.Person)
            {
                continue;
            }

            if (mention.Sentence != previousSentence)
            {
                previous = null;
                previousSentence = mention.Sentence;
            }

            var role = FromPrefix(tokens[mention.Sentence], mention.First, previous, previous ?? lastTitled, titlesSeen);
            if (role?.Title is null && FromPossessiveApposition(mentions, m, tokens[mention.Sentence]) is { } aide)
            {
                role = aide with { Country = role?.Country };
            }

            if ((role?.Title is null || IsRoyalStyle(role.Title)) && FromApposition(sentences[mention.Sentence], mention) is { } apposition
                && (role?.Title is null || apposition.Title is not null))
            {
                // "Prince X, the Saudi crown prince": the style before the name is not a second role.
                // "Dr. Jane Doe, a fellow at X": an honorific alone says nothing of the role the apposition states.
                role = apposition with { Country = apposition.Country ?? role?.Country };
            }

            if (role is { Title: not null, Country: null } && PrincipalOf(mentions, m, tokens[mention.Sentence]) is int principal)
            {
                // "Modi's adviser Ajit Doval": an aide serves the country of the person they serve.
                role = role with { Principal = principal };
            }

            roles[m] = role;
            if (role?.Title is not null)
            {
                previous = role;
                lastTitled = role;
                titlesSeen.Add(role.Title);
            }
        }

        return roles;
    }

    // `inSentence` is the titled person named earlier in the same sentence; `previous` falls back to the article's last one.
    private MentionRole? FromPrefix(Token[] tokens, int first, MentionRole? inSentence, MentionRole? previous, List<string> titlesSeen)
    {
        var k = first - 1;
        var comma = false;
        if (k >= 1 && tokens[k].Text == "," && IsTitleWord(tokens[k - 1]))
        {
            comma = true;
            k--;
        }

        var words = new List<string>();
        string? country = null;
        var titled = false;
        var counterpart = false;
        for (; k >= 0; k--)
        {
            var t = tokens[k];
            var (demonym, twoWords) = DemonymAt(tokens, k);
            var named = t.Possessive || t.IsAllCaps
                ? _gazetteer.CountryByName(t.Text) ?? (k > 0 ? _gazetteer.CountryByName(tokens[k - 1].Text + " " + t.Text) : null)
                : null;
            if (t.Is("counterpart") || t.Is("colleague") || t.Is("counterparts"))
            {
                counterpart = true;
                titled = true;
            }
            else if (demonym is not null && !t.Possessive)
            {
                country ??= demonym;
                k -= twoWords ? 1 : 0;
            }
            else if (named is not null)
            {
                country ??= named;
                if (t.Possessive)
                {
                    k--;
                    break;
                }
            }
            else if (_gazetteer.Honorifics.Contains(t.Text))
            {
                titled = true;
            }
            else if (_gazetteer.Ranks.Contains(t.Text) || _gazetteer.Titles.Contains(t.Text))
            {
                words.Add(t.Text);
                titled = true;
            }
            else if (t.IsAllCaps && t.Text.Length <= 6 && words.Count > 0)
            {
                words.Add(t.Text);
            }
            else if (t.Is("of") && words.Count > 0 && k > 0 && _gazetteer.Titles.Contains(tokens[k - 1].Text) && !_gazetteer.OrgWords.Contains(tokens[k - 1].Text))
            {
                words.Add(t.Text);
            }
            else if (t.Text == ".")
            {
                continue;
            }
            else
            {
                break;
            }
        }

        // "the Russian president, Bennett": a described person followed by a comma is not an apposition.
        if (comma && k >= 0 && (tokens[k].Is("the") || tokens[k].Is("a") || tokens[k].Is("an")))
        {
            return null;
        }

        if (counterpart)
        {
            // "The Brazilian minister will hold talks with his Kenyan counterpart, X": the unnamed title earlier in
            // the sentence is what the counterpart holds, before any titled person of earlier sentences.
            var title = inSentence?.Title ?? UnnamedTitleBefore(tokens, k, titlesSeen) ?? previous?.Title;
            return new MentionRole(title, country, true);
        }

        if (words.Count == 0 && !titled && k >= 0 && tokens[k].Is("and") && previous is { Shared: true, Title: not null })
        {
            // "foreign ministers Santiago Cafiero and Alberto van Klaveren": the plural title covers both.
            return new MentionRole(previous.Title, country, true, true);
        }

        if (country is null && words.Count > 0 && k >= 0 && tokens[k].Is("and") && previous?.Country is not null)
        {
            country = previous.Country;
        }

        if (country is null && k >= 1 && tokens[k].Is("of"))
        {
            country = CountryInRunBefore(tokens, k);
        }

        if (words.Count == 0)
        {
            return country is null && !titled ? null : new MentionRole(null, country, titled);
        }

        if (words.Count >= 2 && words[0].ToLowerInvariant() is "prince" or "princess" or "sheikh" or "sheikha" && !words[1].Equals("crown", StringComparison.OrdinalIgnoreCase))
        {
            // "Foreign Minister Prince Faisal", "Prime Minister Sheikh Hasina": the noble title is part of how the
            // person is named, the office is the role.
            words.RemoveAt(0);
        }

        var shared = IsPlural(words[0]);
        if (shared)
        {
            words[0] = words[0][..^1];
        }

        words.Reverse();
        return new MentionRole(NormaliseTitle(words), country, true, shared);
    }

    private bool IsPlural(string word) =>
        word.Length > 3 && word.EndsWith('s') && _gazetteer.Titles.Contains(word[..^1]);

    // The nearest title word before `at` that names no one ("the Brazilian minister"), as the article already
    // spelled it for someone ("Foreign Minister") when it can.
    private string? UnnamedTitleBefore(Token[] tokens, int at, List<string> titlesSeen)
    {
        for (var k = at; k >= 0; k--)
        {
            var t = tokens[k];
            if (!char.IsLower(t.Text[0]) || !_gazetteer.Titles.Contains(t.Text) || t.Is("counterpart") || t.Is("colleague")
                || t.Is("top") || t.Is("former") || t.Is("state"))
            {
                continue;
            }

            if (k + 1 < tokens.Length && tokens[k + 1].IsCapitalised)
            {
                continue;
            }

            var noun = t.Text;
            var known = titlesSeen.LastOrDefault(x => x.EndsWith(noun, StringComparison.OrdinalIgnoreCase));
            return known ?? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(noun);
        }

        return null;
    }

    // "North Korean" before "Korean" (South Korea's): a demonym of two words wins over its last word.
    private (string? Country, bool TwoWords) DemonymAt(Token[] tokens, int k) =>
        k > 0 && _gazetteer.CountryByDemonym(tokens[k - 1].Text + " " + tokens[k].Text) is { } pair
            ? (pair, true)
            : (_gazetteer.CountryByDemonym(tokens[k].Text), false);

    private string? CountryInRunBefore(Token[] tokens, int of)
    {
        for (var k = of - 1; k >= 0 && k >= of - 5 && (tokens[k].IsCapitalised || tokens[k].IsAllCaps); k--)
        {
            var country = DemonymAt(tokens, k) is { TwoWords: true } pair ? pair.Country : _gazetteer.CountryOf(tokens[k].Text);
            if (country is not null)
            {
                return country;
            }
        }

        return null;
    }

    private MentionRole? FromApposition(Sentence sentence, NameMention mention)
    {
        // The rest of the sentence as the whole input (anchors at its ends), without copying it out for every mention.
        var afterName = mention.Start + mention.Length - sentence.Start;
        var match = Apposition().Match(sentence.Text, afterName, sentence.Text.Length - afterName);
        if (!match.Success)
        {
            return null;
        }

        var phrase = match.Groups["role"].Value.Trim();
        var words = WordPattern().Matches(phrase).Select(w => w.Value).ToList();
        if (!words.Any(w => RoleNouns().IsMatch(w)))
        {
            return null;
        }

        string? country = null;
        for (var i = 0; i < words.Count && country is null; i++)
        {
            var head = words[i].Split('-')[0];
            country = DemonymAt(words, i).Country ?? _gazetteer.CountryOf(head) ?? _gazetteer.CountryOfCity(head);
        }

        var (demonymCountry, demonymWords) = DemonymAt(words, 0);
        if (demonymCountry is not null && words.Count - demonymWords is >= 1 and <= 3
            && words.Skip(demonymWords).All(w => _gazetteer.Titles.Contains(w)))
        {
            // ", the German president", ", the South Korean energy minister": the demonym is the country, the rest the title.
            return new MentionRole(NormaliseTitle(words.Skip(demonymWords).ToList()), demonymCountry, true);
        }

        return new MentionRole(phrase, country, true);
    }

    // The demonym starting at word <paramref name="at"/> and how many words it takes: two ("North Korean") before one
    // ("Korean", South Korea's), as in a title before the name.
    private (string? Country, int Words) DemonymAt(List<string> words, int at) =>
        at + 1 < words.Count && _gazetteer.CountryByDemonym(words[at] + " " + words[at + 1]) is { } pair
            ? (pair, 2)
            : (at < words.Count ? _gazetteer.CountryByDemonym(words[at]) : null, 1);

    private bool IsTitleWord(Token t) => _gazetteer.Titles.Contains(t.Text) || t.Is("counterpart") || t.Is("colleague") || t.Is("PM");

    private static string NormaliseTitle(List<string> words)
    {
        var parts = words.Select(w => w.ToLowerInvariant() switch
        {
            "pm" => "Prime Minister",
            "fm" => "Foreign Minister",
            "gen" or "gen." => "General",
            "col" => "Colonel",
            "lt" => "Lieutenant",
            "maj" => "Major",
            "adm" => "Admiral",
            "of" => "of",
            _ when w.All(char.IsUpper) => w,
            _ => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w),
        });
        var title = string.Join(' ', parts);
        return title.Length > 0 && words.Count > 0 && char.IsLower(words[^1][0]) && words.Count(w => char.IsLower(w[0])) == words.Count
            ? string.Join(' ', words)
            : title;
    }

    [GeneratedRegex(@"^\s*,\s*(?:a|an|the)\s+(?<role>[^,;:“”""()]{3,140}?)\s*(?=,|;|:|\.(?:\s|$)|$|\bwho\b|\bsaid\b|\bsays\b)")]
    private static partial Regex Apposition();

    [GeneratedRegex(@"[\p{L}][\p{L}\-]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^(analyst|fellow|representative|expert|professor|researcher|director|head|leader|chairman|chairwoman|spokesman|spokeswoman|spokesperson|minister|president|ambassador|envoy|commander|adviser|advisor|consultant|journalist|correspondent|editor|member|official|diplomat|lawmaker|senator|governor|mayor|chief|founder|economist|scholar|lecturer|specialist|strategist|negotiator|secretary|general|officer|activist|politician|candidate|deputy|historian|author|writer|commentator|columnist|executive|premier|king|prince|emir|chancellor|ceo|lawyer|judge|mp)s?$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleNouns();
}
