using System.Collections.Frozen;

using BriefingBot.Core.Actors;

namespace BriefingBot.Core.Extraction;

/// <summary>
/// Finds names in tokenised sentences: runs of capitalised words are matched against the gazetteer
/// (countries, cities, outlets), organisation and place words, and what is left is a person when a title,
/// an honorific or the shape of a full name says so.
/// </summary>
internal sealed partial class NameRecognizer
{
    private static readonly FrozenSet<string> s_particles = FrozenSet.ToFrozenSet(
        ["al", "el", "bin", "ibn", "bint", "von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "dos", "das", "del", "ter", "abu", "ben", "zu"],
        StringComparer.OrdinalIgnoreCase);

    // Common, title and organisation words, months and places: what is peeled off a run to leave a person's name.
    private const WordKinds PeeledKinds = WordKinds.Common | WordKinds.Title | WordKinds.Honorific | WordKinds.Rank | WordKinds.Month
        | WordKinds.Org | WordKinds.Place;

    private readonly Gazetteer _gazetteer = Gazetteer.Instance;

    public static bool IsParticle(string word) => s_particles.Contains(word);

    /// <summary>
    /// Every name in the sentences, tokenized on this thread since <see cref="Tokenizer.BeginText"/> (which words the
    /// article also writes in lower case is asked of the tokenizer).
    /// </summary>
    public IReadOnlyList<NameMention> Find(IReadOnlyList<Sentence> sentences, IReadOnlyList<Token[]> tokens)
    {
        var found = new List<NameMention>();
        for (var s = 0; s < sentences.Count; s++)
        {
            FindInSentence(s, tokens[s], found);
        }

        return found;
    }

    private void FindInSentence(int s, Token[] tokens, List<NameMention> found)
    {
        // Per call, never a field: one recognizer serves parallel extractions.
        var headline = IsHeadline(tokens);
        var i = 0;
        while (i < tokens.Length)
        {
            var t = tokens[i];
            var acronymOpensName = t.IsAllCaps && t.IsWord && OpensOrganisation(tokens, i + 1);
            if (t.IsAllCaps && t.IsWord && !acronymOpensName)
            {
                AddAcronym(s, i, t, found);
                i++;
                continue;
            }

            if (!IsNameWord(t) && !acronymOpensName)
            {
                i++;
                continue;
            }

            var end = RunEnd(tokens, i + 1);
            ProcessRun(s, tokens, i, end, i == 0 && IsLowerCaseWord(t.Text), headline, found);
            i = end;
        }
    }

    // Whether the article also writes this word in lower case.
    private static bool IsLowerCaseWord(string word)
    {
        Span<char> lowered = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.AsSpan().ToLowerInvariant(lowered);
        return Tokenizer.WrittenInLowerCase(lowered);
    }

    // "Tokyo and New Delhi Deepen Ties": in a title-case line capitals say nothing about names.
    private static bool IsHeadline(Token[] tokens)
    {
        var words = 0;
        var capitalised = 0;
        foreach (var t in tokens)
        {
            if (t.IsWord && t.Text.Length > 3)
            {
                words++;
                capitalised += char.IsUpper(t.Text[0]) ? 1 : 0;
            }
        }

        return words >= 3 && tokens[^1].Text is not "." && capitalised * 10 >= words * 8;
    }

    private static bool IsNameWord(Token t) =>
        (t.IsCapitalised && !HasLowerPart(t.Text)) || (t.Text.Length > 3 && t.Text[2] == '-' && char.IsUpper(t.Text[3]) && IsParticle(t.Text[..2]));

    // "Han Duck-soo", "Moon Jae-in", "Kang Kyung-wha": a Korean given name, two syllables joined by a hyphen, the second
    // in lower case. Only after a name word (family name first), so "Co-chair" or "Mid-term" never opens a name.
    private static bool IsSyllableGivenName(string text)
    {
        var hyphen = text.IndexOf('-');
        if (hyphen is < 2 or > 5 || text.Length - hyphen - 1 is < 2 or > 5 || text.IndexOf('-', hyphen + 1) >= 0 || !char.IsUpper(text[0]))
        {
            return false;
        }

        for (var i = 1; i < text.Length; i++)
        {
            if (i != hyphen && !char.IsLower(text[i]))
            {
                return false;
            }
        }

        return text[(hyphen + 1)..] is not ("based" or "backed" or "led" or "born" or "level");
    }

    // "English-language", "Editor-in-Chief": a hyphenated word with a lower-case part is not a name.
    private static bool HasLowerPart(string text) =>
        text.Contains('-') && text.Split('-').Any(p => p.Length > 0 && char.IsLower(p[0]) && !IsParticle(p));

    private void AddAcronym(int s, int i, Token t, List<NameMention> found)
    {
        var country = _gazetteer.CountryByName(t.Text);
        if (country is not null)
        {
            found.Add(new NameMention(s, i, 1, t.Start, t.Length, t.Text, ActorKind.Country, country, false));
        }
        else if (t.Text.Length is >= 2 and <= 6 && !GenericNames.IsJunkAcronym(t.Text))
        {
            found.Add(new NameMention(s, i, 1, t.Start, t.Length, t.Text, ActorKind.Organization, null, false));
        }
    }

    private void ProcessRun(int s, Token[] tokens, int from, int end, bool firstIsCommon, bool headline, List<NameMention> found)
    {
        // "Government of National Accord", "the town of Khan Sheikhoun": the words before "of" say what the run is.
        if (from >= 2 && tokens[from - 1].Is("of"))
        {
            var head = tokens[from - 2].Text;
            if (_gazetteer.OrgWords.Contains(head) && char.IsUpper(head[0]) && !IsPersonWord(tokens[from]))
            {
                Add(s, tokens, from, end, ActorKind.Organization, null, false, found);
                return;
            }

            if (head is "town" or "city" or "village" or "province" or "region" or "district" or "port" or "hometown")
            {
                Add(s, tokens, from, end, ActorKind.Place, _gazetteer.CountryOfCity(Join(tokens, from, end)), false, found);
                return;
            }
        }

        var lead = SkipLeading(tokens, from, end);
        if (lead < end && _gazetteer.CountryByName(Join(tokens, lead, end)) is { } whole)
        {
            // "Republic of Korea", "Democratic Republic of the Congo": a country, whatever words it is made of.
            Add(s, tokens, lead, end, ActorKind.Country, whole, false, found);
            return;
        }

        if (HasWord(tokens, from, end, _gazetteer.OrgWords))
        {
            if (lead < end && !HasPersonBeforeOrg(tokens, lead))
            {
                if (!GenericNames.IsGenericOrganisation(tokens, lead, end))
                {
                    Add(s, tokens, lead, end, ActorKind.Organization, null, false, found);
                }

                return;
            }
        }

        if (end - lead >= 2 && _gazetteer.PlaceWords.Contains(tokens[end - 1].Text) && HasOwnWord(tokens, lead, end - 1))
        {
            var place = Join(tokens, lead, end);
            Add(s, tokens, lead, end, ActorKind.Place, _gazetteer.CountryOfCity(place), false, found);
            return;
        }

        var p = from;
        if (firstIsCommon)
        {
            p++;
        }

        while (p < end)
        {
            var matched = IsGivenNameLikeCity(tokens, p, end) ? 0 : MatchGazetteer(s, tokens, p, end, found);
            if (matched > 0)
            {
                p += matched;
                continue;
            }

            if (KeepsHonorificGivenName(tokens, p, end))
            {
                AddCore(s, tokens, p, p + 2, headline, found);
                p += 2;
                continue;
            }

            if (IsPeeled(tokens[p]))
            {
                p++;
                continue;
            }

            var core = p;
            while (core < end && !IsPeeled(tokens[core]) && (core == p || _gazetteer.CountryOf(tokens[core].Text) is null && _gazetteer.City(tokens[core].Text) is null))
            {
                core++;
                if (tokens[core - 1].Possessive)
                {
                    break;
                }
            }

            if (core == p)
            {
                p++;
                continue;
            }

            AddCore(s, tokens, p, core, headline, found);
            p = core;
        }
    }

    private void AddCore(int s, Token[] tokens, int from, int end, bool headline, List<NameMention> found)
    {
        var words = 0;
        for (var k = from; k < end; k++)
        {
            if (!IsParticle(tokens[k].Text))
            {
                words++;
            }

            if (HasDigit(tokens[k].Text))
            {
                return;
            }
        }

        var weak = words < 2 || (headline && !HasTitleBefore(tokens, from));
        if (weak && end - from == 1 && tokens[from].Text.Split('-') is { Length: 2 } pair && pair.All(p => p.Length > 1 && char.IsUpper(p[0])))
        {
            // "the Putin-Bennett meeting": two surnames joined by a hyphen.
            var t = tokens[from];
            found.Add(new NameMention(s, from, 1, t.Start, pair[0].Length, pair[0], ActorKind.Person, null, true));
            found.Add(new NameMention(s, from, 1, t.Start + pair[0].Length + 1, pair[1].Length, pair[1], ActorKind.Person, null, true));
            return;
        }

        if (!weak && from > 0 && tokens[from - 1].Text == "the" && !HasTitleBefore(tokens, from))
        {
            return;
        }

        if (words > 4)
        {
            return;
        }

        Add(s, tokens, from, end, ActorKind.Person, null, weak, found);
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasTitleBefore(Token[] tokens, int at)
    {
        var k = at - 1;
        return k >= 0 && (_gazetteer.Titles.Contains(tokens[k].Text) || _gazetteer.Honorifics.Contains(tokens[k].Text) || _gazetteer.Ranks.Contains(tokens[k].Text));
    }

    private int MatchGazetteer(int s, Token[] tokens, int p, int end, List<NameMention> found)
    {
        // Only as many words as the longest name beginning with this one: most capitalised words begin none.
        for (var len = Math.Min(Math.Min(4, _gazetteer.LongestNameFrom(tokens[p].Text)), end - p); len >= 1; len--)
        {
            if (len > 1 && tokens[p + len - 2].Possessive)
            {
                continue;
            }

            var text = Join(tokens, p, p + len);
            var country = _gazetteer.CountryByName(text);
            if (country is not null)
            {
                Add(s, tokens, p, p + len, ActorKind.Country, country, false, found);
                return len;
            }

            var cityCountry = _gazetteer.CountryOfCity(text);
            if (cityCountry is not null)
            {
                Add(s, tokens, p, p + len, ActorKind.Place, cityCountry, false, found);
                return len;
            }

            if (_gazetteer.Outlets.Contains(text) || (len == 2 && _gazetteer.Outlets.Contains(tokens[p].Text) && _gazetteer.Outlets.Contains(tokens[p + 1].Text)))
            {
                Add(s, tokens, p, p + len, ActorKind.Organization, null, false, found);
                return len;
            }
        }

        return 0;
    }

    private bool IsPeeled(Token t) =>
        (_gazetteer.KindsOf(t.Text) & PeeledKinds) != 0 || _gazetteer.CountryByDemonym(t.Text) is not null
        || t.Text.Contains('-') && !IsGivenNameInRun(t.Text) && IsHyphenatedDescriptor(t.Text);

    // "Duck-soo" stays in "Han Duck-soo" ("soo" and "in" are common words elsewhere); "Rome-bound" does not.
    private bool IsGivenNameInRun(string text) =>
        IsSyllableGivenName(text) && text[..text.IndexOf('-')] is var first && _gazetteer.City(first) is null && _gazetteer.CountryOf(first) is null;

    // "Russian-backed", "Ankara-based", "Turkey-Iran": descriptors and pairs, not names.
    private bool IsHyphenatedDescriptor(string text)
    {
        var parts = text.Split('-');
        return parts.Any(p => _gazetteer.CountryOf(p) is not null || _gazetteer.City(p) is not null || _gazetteer.CommonWords.Contains(p))
            || parts[^1] is "based" or "backed" or "led" or "born" or "level";
    }

    private bool HasWord(Token[] tokens, int from, int end, FrozenSet<string> words)
    {
        for (var k = from; k < end; k++)
        {
            if (words.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    // A run is an organisation unless it opens with a rank or honorific ("Gen. ... Army" names a person's army).
    private bool HasPersonBeforeOrg(Token[] tokens, int from) =>
        _gazetteer.Honorifics.Contains(tokens[from].Text) || _gazetteer.Ranks.Contains(tokens[from].Text);

    private static void Add(int s, Token[] tokens, int from, int end, ActorKind kind, string? country, bool weak, List<NameMention> found)
    {
        if (from >= end)
        {
            return;
        }

        var start = tokens[from].Start;
        var last = tokens[end - 1];
        var length = last.Start + last.Text.Length - start;
        var text = Join(tokens, from, end);
        if (kind is ActorKind.Organization or ActorKind.Place && Gazetteer.Instance.CountryByName(text) is { } country2)
        {
            // A country's name always names the country, whatever the words before it suggested.
            (kind, country) = (ActorKind.Country, country2);
        }

        found.Add(new NameMention(s, from, end - from, start, length, text, kind, country, weak));
    }

    public static string Join(Token[] tokens, int from, int end)
    {
        if (end - from == 1)
        {
            // The word itself: most runs tried against the gazetteer are one word long.
            return tokens[from].Text;
        }

        var length = end - from - 1;
        for (var k = from; k < end; k++)
        {
            length += tokens[k].Text.Length;
        }

        return string.Create(length, (tokens, from, end), static (text, run) =>
        {
            var at = 0;
            for (var k = run.from; k < run.end; k++)
            {
                if (k > run.from)
                {
                    text[at++] = ' ';
                }

                run.tokens[k].Text.CopyTo(text[at..]);
                at += run.tokens[k].Text.Length;
            }
        });
    }
}
