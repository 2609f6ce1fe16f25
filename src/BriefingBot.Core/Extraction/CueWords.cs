using System.Collections.Frozen;

namespace BriefingBot.Core.Extraction;

/// <summary>Groups of words a cue pattern cannot match without; <see cref="CueWords.Of"/> finds which a text has.</summary>
[Flags]
internal enum Cue
{
    None = 0,

    /// <summary>A word that begins an alternative of the meeting trigger ("talks", "phone", "travel").</summary>
    TriggerStart = 1 << 0,

    /// <summary>A month's name or its abbreviation ("March", "Sept").</summary>
    Month = 1 << 1,

    /// <summary>A weekday's name.</summary>
    Weekday = 1 << 2,

    /// <summary>"today", "tonight", "tomorrow", "yesterday", "this".</summary>
    RelativeDay = 1 << 3,

    /// <summary>A word beginning with "day" or "week" ("days", "weeks", and "weekend", which "in two week" may begin).</summary>
    DayOrWeek = 1 << 4,

    /// <summary>"month".</summary>
    MonthWord = 1 << 5,

    /// <summary>A decimal digit anywhere.</summary>
    Digit = 1 << 6,

    /// <summary>A reporting verb ("said", "told", "announced", "suggested").</summary>
    Reporting = 1 << 7,

    /// <summary>"since".</summary>
    Since = 1 << 8,

    /// <summary>"host", "hosts", "hosted", "hosting".</summary>
    Host = 1 << 9,

    /// <summary>A word of travel ("visit", "trip", "arrived", "travelled").</summary>
    Travel = 1 << 10,

    /// <summary>"between".</summary>
    Between = 1 << 11,

    /// <summary>A word of cancelling ("cancelled", "called" off, "scrapped").</summary>
    Cancelled = 1 << 12,

    /// <summary>A word of postponing ("postponed", "put" off, "pushed" back).</summary>
    Postponed = 1 << 13,

    /// <summary>A word saying something happened ("met", "held", "took" place, "last" week).</summary>
    Held = 1 << 14,
}

/// <summary>
/// Finds, in one pass over a text's words, which <see cref="Cue"/> groups it has. Each cue pattern of the extraction
/// (dates, reporting verbs, status words) tries its alternatives at nearly every letter; on a text with none of the
/// words it needs it cannot match, and a word lookup costs a fraction of the scan.
/// </summary>
/// <remarks>
/// Words are runs of letters. The patterns bound their words with \b or white space, which fall only beside a
/// character that is not a letter, so a word a pattern matches is a whole run here too; the one exception, "days?"
/// and "weeks?" with nothing after them, is caught as a run's beginning. Characters the patterns' case-insensitive
/// match takes for other letters (the Kelvin sign for k, the long s for s, the Turkish dotted and dotless i for i)
/// are read as those letters. Reading too many cues only sends a text on to the pattern. Tests derive the words from
/// the patterns and check that no text a pattern matches lacks its cue.
/// </remarks>
internal static class CueWords
{
    private const int MinWord = 3;
    private const int MaxWord = 12;

    private static readonly FrozenDictionary<string, Cue> s_words = Table();

    private static readonly FrozenDictionary<string, Cue>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        s_words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The cue groups whose words <paramref name="text"/> has.</summary>
    public static Cue Of(ReadOnlySpan<char> text)
    {
        Span<char> word = stackalloc char[MaxWord];
        var cues = Cue.None;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!IsLetter(c))
            {
                if (char.IsDigit(c))
                {
                    cues |= Cue.Digit;
                }

                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsLetter(text[i]))
            {
                i++;
            }

            var length = i - start;
            if (length < MinWord)
            {
                continue;
            }

            var kept = Math.Min(length, MaxWord);
            for (var k = 0; k < kept; k++)
            {
                // The run holds letters only: an ASCII one is lowered by its case bit.
                var letter = text[start + k];
                word[k] = letter <= '\x7F' ? (char)(letter | 0x20) : FoldCase(letter);
            }

            if (length <= MaxWord && s_lookup.TryGetValue(word[..length], out var found))
            {
                cues |= found;
            }

            if ((word[0] == 'd' && word[..kept].StartsWith("day")) || (word[0] == 'w' && word[..kept].StartsWith("week")))
            {
                cues |= Cue.DayOrWeek;
            }
        }

        return cues;
    }

    /// <summary>A letter of a word that cue words are read from.</summary>
    public static bool IsLetter(char c) => char.IsAsciiLetter(c) || (c > '\x7F' && char.IsLetter(c));

    /// <summary>Lower case as the patterns' case-insensitive match sees it.</summary>
    public static char FoldCase(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c | 0x20),
        <= '\x7F' => c,
        '\u212A' => 'k',
        '\u017F' => 's',
        '\u0130' or '\u0131' => 'i',
        _ => char.ToLowerInvariant(c),
    };

    private static FrozenDictionary<string, Cue> Table()
    {
        var words = new Dictionary<string, Cue>(StringComparer.Ordinal);
        void Add(Cue cue, params string[] list)
        {
            foreach (var w in list)
            {
                words[w] = words.GetValueOrDefault(w) | cue;
            }
        }

        // MeetingFinder.Trigger(): the first word of every alternative.
        Add(
            Cue.TriggerStart,
            "talks", "discussions", "negotiations", "meeting", "meetings", "met", "meet", "meets", "summit", "visit", "visits",
            "visited", "visiting", "trip", "arrive", "arrived", "arrives", "arriving", "phone", "telephone", "call", "spoke",
            "phoned", "telephoned", "news", "press", "conference", "tete", "tête", "face", "hosted", "hosts", "host", "travel",
            "travels", "travelled", "traveled", "travelling", "traveling", "attended", "attend", "attends");
        Add(
            Cue.Month,
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
        Add(Cue.Weekday, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
        Add(Cue.RelativeDay, "today", "tonight", "tomorrow", "yesterday", "this");
        Add(Cue.MonthWord, "month");
        Add(
            Cue.Reporting,
            "said", "says", "told", "revealed", "announced", "declared", "stated", "confirmed", "claimed", "added", "noted", "argued",
            "warned", "reported", "discovered", "learned", "learnt", "believes", "indicate", "indicated", "suggest", "suggests",
            "suggested", "remarked");
        Add(Cue.Since, "since");
        Add(Cue.Host, "host", "hosts", "hosted", "hosting");
        Add(Cue.Travel, "visit", "visits", "visited", "visiting", "trip", "arrive", "arrived", "arrives", "travel", "travelled", "traveled");
        Add(Cue.Between, "between");
        Add(Cue.Cancelled, "cancel", "canceled", "cancelled", "cancels", "cancelling", "called", "call", "calls", "calling", "scrapped", "scraps", "abandoned", "axed");
        Add(Cue.Postponed, "postpone", "postpones", "postponed", "postponing", "put", "delayed", "deferred", "rescheduled", "pushed");
        Add(
            Cue.Held,
            "met", "held", "took", "visited", "spoke", "talked", "hosted", "attended", "discussed", "ago", "yesterday", "last", "previous", "following");
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
