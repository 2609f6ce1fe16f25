using System.Text.RegularExpressions;

namespace BriefingBot.Core.Extraction;

/// <summary>The cue patterns of <see cref="MeetingFinder"/>, compiled at build time.</summary>
internal sealed partial class MeetingFinder
{
    // The speaking word ends the text before the name (trailing spaces trimmed); the longest is "according to", so the last
    // few characters, with the one before them for \b, decide it without scanning the sentence up to every name.
    private const int SpeakerWindow = 16;

    // A quoted speaker ("X said", "X, an analyst, said", "said X", "according to X") is not a participant.
    private static bool IsSpeaker(Sentence sentence, NameMention mention)
    {
        var before = sentence.Text.AsSpan(0, mention.Start - sentence.Start).TrimEnd();
        var after = sentence.Text.AsSpan(mention.Start + mention.Length - sentence.Start);
        return SpeakerBefore().IsMatch(before[Math.Max(0, before.Length - SpeakerWindow)..]) || SpeakerAfter().IsMatch(after) || Possessor().IsMatch(after);
    }

    [GeneratedRegex(@"(\b(said|says|told|added|argued|noted|warned|remarked|declared|according to)\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerBefore();

    [GeneratedRegex(@"^(['’]s)?\s*(,[^,]{1,160},\s*|,\s*)?(said|says|told|added|argued|noted|warned|remarked|believes|thinks|(revealed|declared|announced|stated|claimed|explained|confirmed)\s+(that\b|[:“""]))", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerAfter();

    [GeneratedRegex(@"\b(talks|discussions|negotiations|meeting|meetings|met|meet|meets|summit|visit|visits|visited|visiting|trip|arrive|arrived|arrives|arriving|phone call|telephone call|phone conversation|call with|spoke by phone|spoke on the phone|phoned|telephoned|news conference|press conference|conference|tete-a-tete|tête-à-tête|face-to-face|hosted|hosts|host|(travel|travels|travelled|traveled|travelling|traveling) to|attended|attend|attends)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex Trigger();

    /// <summary>
    /// False when <see cref="Trigger"/> cannot match a text with these cue words: none of its words begins a trigger
    /// (<see cref="Cue.TriggerStart"/>). Most sentences name no meeting, and looking up their words costs a fraction of
    /// running the pattern's alternatives at every letter (about 4% of ingestion's processor time went there).
    /// </summary>
    internal static bool MayNameMeeting(Cue cues) => (cues & Cue.TriggerStart) != 0;

    /// <summary><see cref="MayNameMeeting(Cue)"/> of a text's cue words.</summary>
    internal static bool MayNameMeeting(string text) => MayNameMeeting(CueWords.Of(text));

    [GeneratedRegex(@"^\W*(The|This|That|Such|These|Those|Its|Their)\s+(\w+\s+)?(talks|meeting|meetings|visit|trip|discussions|summit|call|conference|negotiations)\b")]
    private static partial Regex Anaphoric();

    [GeneratedRegex(@"\b(said|says|told \w+|revealed|announced|declared|stated|confirmed|claimed|added|noted|argued|warned|reported|discovered|learned|learnt|believes|indicated?|suggest(s|ed)?)\b(\s+\w+){0,2}?\s+that\b|\b(said|says|declared|added|remarked)[,:]?\s*[“""]|,\s+(\w+\s){0,3}(said|says|reported)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex Reporting();

    [GeneratedRegex(@"\b(after|before|since|when|following|as)\b")]
    private static partial Regex Conjunction();

    // "Dupont's adviser": the possessor of a person is not a participant; "Erdogan's trip" still is.
    [GeneratedRegex(@"^['’]s\s+(?!(trip|visit|talks|meeting|call|phone|summit|tete|tête|first|planned|upcoming|recent)\b)[a-z]")]
    private static partial Regex Possessor();

    [GeneratedRegex(@"\bbetween\b")]
    internal static partial Regex Between();

    [GeneratedRegex(@"\s(is|are|was|were|has|have|had|will|would|in|on|at|to|since|over|about|for|after|before|during|which|that|who|could)\s|[;–—(]")]
    private static partial Regex SpanEnd();

    [GeneratedRegex(@"(;\s|\s[–—]\s|,\s+(and|but|while|whereas|with|although|though)\s)")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(cancel(l?ed|s|ling)?|called off|call(s|ing)? off|scrapped|scraps|abandoned|axed)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex Cancelled();

    [GeneratedRegex(@"\b(postpone[sd]?|postponing|put off|delayed|deferred|rescheduled|pushed back)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex Postponed();

    [GeneratedRegex(@"\b(will|shall|(is|are|was|were) (due|set|expected|scheduled|slated|planned|poised|going|to) |plans? to|planning to|intends? to|gearing up|(planned|scheduled|slated|set|due) (for|on) |upcoming|tomorrow|next (week|month|year)|would (meet|visit|hold|travel|host))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Planned();

    [GeneratedRegex(@"\b(met|held|took place|visited|spoke|talked|hosted|attended|discussed|ago|yesterday|last (week|month|year)|previous|following)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex Held();

    [GeneratedRegex(@"\b(in|at|outside|near|of|to|visit|visits|visited|visiting)\s+(?<p>\p{Lu}[\p{L}\-]+(\s\p{Lu}[\p{L}\-]+)?)")]
    private static partial Regex PlacePhrase();

    [GeneratedRegex(@"\b(in|to)\s+(\w+ern\s+)?(?<c>\p{Lu}[\p{L}]+(\s\p{Lu}[\p{L}]+)?)")]
    private static partial Regex CountryNear();

    [GeneratedRegex(@"\b(?<c>\p{Lu}[\p{L}]+(\s\p{Lu}[\p{L}]+)?)\s+(to\s+)?(host|hosts|hosted|hosting)\b")]
    internal static partial Regex Host();

    [GeneratedRegex(@"(\b(visit|visits|visited|trip|arrive|arrived|arrives|travel|travelled|traveled)\b[^.;]{0,60}?\b(to|in)\s+|\b(visit|visits|visited|visiting)\s+)(?<c>\p{Lu}[\p{L}]+(\s\p{Lu}[\p{L}]+)?)")]
    internal static partial Regex VisitTo();

    // "since June", "since early March 2024", "since last year": when something began, never the day of a meeting.
    [GeneratedRegex(@"\bsince\s+(((early|late|mid)[\s-]+)?(January|February|March|April|May|June|July|August|September|October|November|December)(\s+\d{1,2})?(,?\s+\d{4})?|\d{4}|last\s+(week|month|year)|(last\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|the\s+(start|beginning|end)\s+of\s+\w+)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex SinceDate();

    // "said on Tuesday", "told reporters late on Monday", "announced on March 3": a date that belongs to the report.
    [GeneratedRegex(@"\b(said|says|told(\s+\w+)?|announced|reported|confirmed|stated)\s+((late|early|earlier)\s+)?(on|this|last)\s+(\w+day|(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})\b", RegexOptions.IgnoreCase)]
    internal static partial Regex ReportingDate();

    [GeneratedRegex(@"\b(in|at)\s+(?<p>\p{Lu}[\p{L}\-]+(\s\p{Lu}[\p{L}\-]+)?)")]
    private static partial Regex UnlistedPlacePhrase();

    [GeneratedRegex(@"^\W*(((The|Both)\s+(?<n>two|three|four)?\s*(\w+\s+)?(?<noun>leaders|presidents|ministers|premiers|counterparts|chancellors|diplomats|envoys|kings|monarchs|men|women))|(?<noun>They))\b")]
    private static partial Regex GroupSubject();
}
