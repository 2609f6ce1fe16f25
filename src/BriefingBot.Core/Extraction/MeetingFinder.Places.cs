using System.Text.RegularExpressions;

using BriefingBot.Core.Actors;

namespace BriefingBot.Core.Extraction;

/// <summary>Places the gazetteer does not list: "met … in Paramaribo on Monday", "talks at Kutaisi".</summary>
internal sealed partial class MeetingFinder
{
    private static readonly string[] s_weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    // The first capitalised word (or two) after "in"/"at" that follows a meeting word closely, when it is neither
    // a person, an organisation nor a country, nor a month, weekday, title or other listed word.
    private string? UnlistedPlace(string clause, List<(int Index, int Length)> triggers, Token[] tokens, int clauseStart, ArraySegment<(NameMention Mention, int Index)> mentions, int[] personOf)
    {
        foreach (var trigger in triggers)
        {
            var end = trigger.Index + trigger.Length;
            var place = UnlistedPlacePhrase().Match(clause, end);
            if (!place.Success || place.Index - end > 80)
            {
                continue;
            }

            var group = place.Groups["p"];
            var words = group.Value.Split(' ').TakeWhile(w => !IsCalendarWord(w)).ToList();
            if (words.Count == 0 || words.Any(IsListedWord))
            {
                continue;
            }

            var text = string.Join(' ', words);
            var at = clauseStart + group.Index;
            var named = mentions.Any(m => m.Mention.Start < at + text.Length && at < m.Mention.Start + m.Mention.Length
                && (m.Mention.Kind is ActorKind.Organization or ActorKind.Country
                    || (m.Mention.Kind == ActorKind.Person && (!m.Mention.Weak || personOf[m.Index] >= 0))));
            var possessive = tokens.Any(t => t.Start == at && t.Possessive);
            if (!named && !possessive)
            {
                return text;
            }
        }

        return null;
    }

    private bool IsCalendarWord(string word) =>
        _gazetteer.Months.Contains(word) || s_weekdays.Contains(word.ToLowerInvariant());

    private bool IsListedWord(string word) =>
        _gazetteer.CountryOf(word) is not null
        || (_gazetteer.KindsOf(word) & (WordKinds.Title | WordKinds.Honorific | WordKinds.Rank | WordKinds.Group | WordKinds.Org | WordKinds.Region
            | WordKinds.Place | WordKinds.Outlet | WordKinds.Common)) != 0;
}
