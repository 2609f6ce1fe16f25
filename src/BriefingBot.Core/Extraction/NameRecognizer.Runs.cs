namespace BriefingBot.Core.Extraction;

/// <summary>Where a run of name words starts and stops, and which of its words are its own.</summary>
internal sealed partial class NameRecognizer
{
    // Where a run of name words that began before `end` stops: particles ("Ursula von der Leyen") stay inside,
    // and an organisation's name runs on through "of" / "for" ("Government of National Accord", "Centre for
    // Democracy and Development") so that its parts never stand alone.
    private int RunEnd(Token[] tokens, int end)
    {
        var from = end - 1;
        var inOrgTail = false;
        while (end < tokens.Length && !tokens[end - 1].Possessive)
        {
            if (IsNameWord(tokens[end]) || IsSyllableGivenName(tokens[end].Text))
            {
                end++;
                continue;
            }

            var particles = 0;
            while (end + particles < tokens.Length && particles < 2 && IsParticle(tokens[end + particles].Text))
            {
                particles++;
            }

            if (particles > 0 && end + particles < tokens.Length && IsNameWord(tokens[end + particles]))
            {
                end += particles + 1;
                continue;
            }

            var connector = tokens[end].Text is "of" or "for" || (inOrgTail && tokens[end].Text == "and");
            if (connector && end + 1 < tokens.Length && IsNameWord(tokens[end + 1]) && !IsPersonWord(tokens[end + 1])
                && HasWord(tokens, from, end, _gazetteer.OrgWords))
            {
                inOrgTail = true;
                end += 2;
                continue;
            }

            break;
        }

        return end;
    }

    // "the Army of Gen. Haftar", "the Office of President Ruto": a person follows, not the rest of a name.
    private bool IsPersonWord(Token t) =>
        _gazetteer.Honorifics.Contains(t.Text) || _gazetteer.Ranks.Contains(t.Text)
        || t.Text is "President" or "King" or "Queen" or "Prince" or "Princess" or "Emir" or "Sultan" or "Sheikh" or "Chancellor";

    // "Prime Minister Sheikh Hasina": after another title, "Sheikh" before a lone name is part of the name, not a role.
    private bool KeepsHonorificGivenName(Token[] tokens, int p, int end) =>
        p > 0 && p + 2 == end && (tokens[p].Is("Sheikh") || tokens[p].Is("Sheik") || tokens[p].Is("Shaikh")) && !tokens[p].Possessive
        && _gazetteer.Titles.Contains(tokens[p - 1].Text) && !IsPeeled(tokens[p + 1])
        && _gazetteer.CountryOf(tokens[p + 1].Text) is null && _gazetteer.City(tokens[p + 1].Text) is null;

    // "ECOWAS Commission", "UN Security Council": an acronym that opens a run of words ending in an organisation word.
    private bool OpensOrganisation(Token[] tokens, int at)
    {
        for (var k = at; k < tokens.Length && k < at + 3 && tokens[k].IsCapitalised; k++)
        {
            if (_gazetteer.OrgWords.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    // Only a sentence's opening words ("According", "The", "Meanwhile") are dropped from a run's start: inside a
    // sentence a capitalised common word belongs to the name ("International Crisis Group", "World Bank").
    private int SkipLeading(Token[] tokens, int from, int end)
    {
        while (from < end && (from == 0 || !tokens[from - 1].IsWord || from > 0 && IsSentenceOpening(tokens, from))
            && _gazetteer.CommonWords.Contains(tokens[from].Text) && !_gazetteer.OrgWords.Contains(tokens[from].Text)
            && !_gazetteer.Regions.Contains(tokens[from].Text) && _gazetteer.CountryByDemonym(tokens[from].Text) is null)
        {
            from++;
        }

        return from;
    }

    // Every token before this one is an opening word already skipped.
    private bool IsSentenceOpening(Token[] tokens, int at)
    {
        for (var k = 0; k < at; k++)
        {
            if (tokens[k].IsWord && !_gazetteer.CommonWords.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        return true;
    }

    // "Idlib Province", "Black Sea": a word that is neither a demonym nor a common or title word.
    private bool HasOwnWord(Token[] tokens, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (!IsPeeled(tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    // "foreign ministers Santiago Cafiero": after a title, a city's name followed by a surname is a given name.
    private bool IsGivenNameLikeCity(Token[] tokens, int p, int end) =>
        p + 1 < end && p > 0 && HasTitleBefore(tokens, p) && _gazetteer.City(tokens[p].Text) is not null
        && _gazetteer.CountryOf(tokens[p].Text) is null && !tokens[p].Possessive
        && !IsPeeled(tokens[p + 1]) && _gazetteer.City(tokens[p + 1].Text) is null && _gazetteer.CountryOf(tokens[p + 1].Text) is null
        && !IsParticle(tokens[p + 1].Text);
}
