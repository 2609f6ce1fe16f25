using BriefingBot.Core.Actors;

namespace BriefingBot.Core.Extraction;

/// <summary>
/// Groups the person mentions of one article: full names agreeing on given name and surname (middle names
/// and spelling variants aside) are one person, and a lone surname or title+surname joins the full name it ends.
/// A lone capitalised word that matches no full name stays a person only when a title or a quote marks it.
/// </summary>
internal sealed class CoreferenceResolver
{
    /// <summary>The persons, and for each mention the index of its person (or -1).</summary>
    public (IReadOnlyList<PersonCluster> Persons, int[] PersonOf) Resolve(
        IReadOnlyList<NameMention> mentions, IReadOnlyList<MentionRole?> roles, IReadOnlyList<Sentence> sentences)
    {
        var keys = new NameKeys();
        var persons = new List<PersonCluster>();
        var personOf = Enumerable.Repeat(-1, mentions.Count).ToArray();

        // Full names first, in order, so a surname can refer back or forward to them.
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Kind != ActorKind.Person || mention.Weak)
            {
                continue;
            }

            var given = keys.Given(mention.Text);
            var surname = keys.Surname(mention.Text);
            var index = SameName(persons, surname, given);
            if (index < 0)
            {
                persons.Add(new PersonCluster { Name = mention.Text, SurnameKey = surname, GivenKey = given });
                index = persons.Count - 1;
            }

            Join(persons[index], m, mention.Text, keys);
        }

        var repeated = mentions.Where(x => x.Kind == ActorKind.Person && x.Weak && x.First > 0)
            .GroupBy(x => keys.Surname(x.Text))
            .Where(g => g.Count() >= 2)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Kind != ActorKind.Person || !mention.Weak)
            {
                continue;
            }

            var surname = keys.Surname(mention.Text);
            var index = NearestBySurname(persons, mentions, surname, mention.Start);
            var marked = roles[m]?.Titled == true || IsQuoted(sentences[mention.Sentence], mention) || repeated.Contains(surname);
            if (index < 0 && marked)
            {
                // A person by the first word of one full name: "Han said" after "Han Duck-soo" (family name first),
                // "Prince Faisal" after "Prince Faisal bin Farhan". Otherwise the word would become a person of its own,
                // whom no later article can tell from any other of that name.
                index = OnlyByFirstWord(persons, surname);
            }

            if (index < 0 && marked)
            {
                index = SameName(persons, surname, given: null, surnameOnly: true);
            }

            if (index < 0 && marked)
            {
                persons.Add(new PersonCluster { Name = mention.Text, SurnameKey = surname });
                index = persons.Count - 1;
            }

            if (index >= 0)
            {
                Join(persons[index], m, mention.Text, keys);
            }
        }

        MergeTails(persons, mentions, keys);
        for (var p = 0; p < persons.Count; p++)
        {
            foreach (var m in persons[p].Mentions)
            {
                personOf[m] = p;
            }
        }

        return (persons, personOf);
    }

    // "Lopez Obrador" after "Andrés Manuel López Obrador": a shorter full name that ends the longer one is the same person.
    private static void MergeTails(List<PersonCluster> persons, IReadOnlyList<NameMention> mentions, NameKeys keys)
    {
        for (var a = persons.Count - 1; a >= 0; a--)
        {
            var shortWords = keys.Of(persons[a].Name);
            if (shortWords.Length < 2)
            {
                continue;
            }

            for (var b = 0; b < persons.Count; b++)
            {
                var longWords = keys.Of(persons[b].Name);
                if (b == a || longWords.Length <= shortWords.Length || !longWords.AsSpan(longWords.Length - shortWords.Length).SequenceEqual(shortWords))
                {
                    continue;
                }

                foreach (var m in persons[a].Mentions)
                {
                    Join(persons[b], m, mentions[m].Text, keys);
                }

                persons[b].Mentions.Sort();
                persons.RemoveAt(a);
                break;
            }
        }
    }

    private static void Join(PersonCluster person, int mention, string text, NameKeys keys)
    {
        person.Mentions.Add(mention);
        if (!person.Aliases.Contains(text))
        {
            person.Aliases.Add(text);
        }

        if (keys.Of(text).Length > keys.Of(person.Name).Length)
        {
            person.Name = text;
        }
    }

    // The one full name whose first word this is ("Prince Faisal" after "Prince Faisal bin Farhan" too), or -1.
    private static int OnlyByFirstWord(List<PersonCluster> persons, string word)
    {
        var found = -1;
        for (var p = 0; p < persons.Count; p++)
        {
            if (persons[p].GivenKey == word)
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = p;
            }
        }

        return found;
    }

    private static int NearestBySurname(List<PersonCluster> persons, IReadOnlyList<NameMention> mentions, string surname, int at)
    {
        var best = -1;
        var bestDistance = int.MaxValue;
        for (var p = 0; p < persons.Count; p++)
        {
            if (persons[p].SurnameKey != surname || persons[p].GivenKey is null)
            {
                continue;
            }

            var distance = int.MaxValue;
            foreach (var m in persons[p].Mentions)
            {
                distance = Math.Min(distance, Math.Abs(mentions[m].Start - at) + (mentions[m].Start > at ? 100_000 : 0));
            }

            if (distance < bestDistance)
            {
                best = p;
                bestDistance = distance;
            }
        }

        if (best < 0 && surname.Length >= 5)
        {
            // A one-letter slip ("Bennet" for "Bennett") still names the same person.
            for (var p = 0; p < persons.Count && best < 0; p++)
            {
                if (persons[p].GivenKey is not null && OneEditApart(persons[p].SurnameKey, surname))
                {
                    best = p;
                }
            }
        }

        return best;
    }

    // The first person of this surname whose given name agrees (the same, or either missing); with surnameOnly, the
    // first known by the surname alone. Loops, not predicates: a closure per mention was a third of what this stage
    // allocated.
    private static int SameName(List<PersonCluster> persons, string surname, string? given, bool surnameOnly = false)
    {
        for (var p = 0; p < persons.Count; p++)
        {
            var person = persons[p];
            if (person.SurnameKey != surname)
            {
                continue;
            }

            if (surnameOnly ? person.GivenKey is null : person.GivenKey == given || person.GivenKey is null || given is null)
            {
                return p;
            }
        }

        return -1;
    }

    private static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return a.Length == b.Length ? a[(i + 1)..] == b[(i + 1)..]
            : a.Length > b.Length ? a[(i + 1)..] == b[i..] : a[i..] == b[(i + 1)..];
    }

    // "..., said Alam." / "Alam said": a quoted speaker is a person even without a title.
    private static bool IsQuoted(Sentence sentence, NameMention mention)
    {
        var before = sentence.Text.AsSpan(0, mention.Start - sentence.Start).TrimEnd();
        var after = sentence.Text.AsSpan(mention.Start + mention.Length - sentence.Start).TrimStart();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase) || before.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            // "the Élysée said": an institution speaking, not a person.
            return false;
        }

        return before.EndsWith(" said", StringComparison.Ordinal) || before.EndsWith(" says", StringComparison.Ordinal)
            || before.EndsWith("According to", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("said", StringComparison.Ordinal) || after.StartsWith("says", StringComparison.Ordinal)
            || after.StartsWith("told", StringComparison.Ordinal) || after.StartsWith("added", StringComparison.Ordinal);
    }

    /// <summary>
    /// The sound keys of each distinct name of the article (<see cref="NamePhonetics"/>: one per word, particles left out),
    /// worked out once: transliterating and folding is the costly part, and the same names are compared again and again.
    /// </summary>
    private sealed class NameKeys
    {
        private readonly Dictionary<string, string[]> _keys = new(StringComparer.Ordinal);

        public string[] Of(string name)
        {
            if (!_keys.TryGetValue(name, out var keys))
            {
                keys = [.. NamePhonetics.Words(name).Select(NamePhonetics.Key)];
                _keys[name] = keys;
            }

            return keys;
        }

        /// <summary>As <see cref="NamePhonetics.SurnameKey"/>.</summary>
        public string Surname(string name) => Of(name) is { Length: > 0 } keys ? keys[^1] : "";

        /// <summary>As <see cref="NamePhonetics.GivenKey"/>.</summary>
        public string? Given(string name) => Of(name) is { Length: >= 2 } keys ? keys[0] : null;
    }
}
