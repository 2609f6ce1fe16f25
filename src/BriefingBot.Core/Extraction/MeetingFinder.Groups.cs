using BriefingBot.Core.Actors;

namespace BriefingBot.Core.Extraction;

/// <summary>Meetings whose participants are named by a plural noun or pronoun: "The two presidents are due to meet".</summary>
internal sealed partial class MeetingFinder
{
    private static readonly string[] s_counts = ["", "", "two", "three", "four"];

    // The participants are the persons of the sentence before, or, for a noun that is a title ("the two presidents"),
    // those of the last three sentences who bear it; only when their number matches the one given, or there are two to four.
    private static void AddGroupFromPrevious(
        string clause, IReadOnlyList<Sentence> sentences, int index, MentionsBySentence bySentence, int[] personOf,
        IReadOnlyList<string?>? personTitles, MeetingCandidate candidate)
    {
        var subject = GroupSubject().Match(clause);
        if (!subject.Success)
        {
            return;
        }

        var noun = subject.Groups["noun"].Value.ToLowerInvariant();
        var title = noun.EndsWith('s') && noun is not ("they" or "men" or "women" or "leaders" or "counterparts" or "diplomats") ? noun[..^1] : null;
        var wanted = Array.IndexOf(s_counts, subject.Groups["n"].Value.ToLowerInvariant());
        for (var k = index - 1; k >= 0 && k >= index - (title is null ? 1 : 3); k--)
        {
            var previous = sentences[k];
            var persons = bySentence[k]
                .Where(m => m.Mention.Kind == ActorKind.Person && personOf[m.Index] >= 0)
                .Where(m => title is null ? !IsSpeaker(previous, m.Mention) : HasTitle(previous, m.Mention, personTitles?[personOf[m.Index]], title))
                .Select(m => personOf[m.Index])
                .Distinct()
                .ToList();
            if ((wanted >= 2 && persons.Count == wanted) || (wanted < 2 && persons.Count >= 2 && persons.Count <= 4))
            {
                candidate.Persons.UnionWith(persons);
                return;
            }
        }
    }

    private static bool HasTitle(Sentence sentence, NameMention mention, string? personTitle, string title)
    {
        if (personTitle is not null)
        {
            return personTitle.Contains(title, StringComparison.OrdinalIgnoreCase);
        }

        var at = mention.Start - sentence.Start;
        var before = sentence.Text[Math.Max(0, at - 40)..at];
        return before.Contains(title, StringComparison.OrdinalIgnoreCase);
    }
}
