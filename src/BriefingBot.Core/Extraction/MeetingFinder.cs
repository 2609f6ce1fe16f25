using System.Text.RegularExpressions;

using BriefingBot.Core.Actors;
using BriefingBot.Core.Meetings;

namespace BriefingBot.Core.Extraction;

/// <summary>
/// Finds meetings clause by clause: a meeting word (talks, meet, visit, summit, phone call, conference) with its
/// participants (the persons "between … and …", else the persons of the clause who are not quoted speakers, plus
/// delegations such as "the Russian delegation" and a host country), its place, date and status cues.
/// Clauses with a meeting word but fewer than two participants are kept too where they may complete a neighbour.
/// </summary>
internal sealed partial class MeetingFinder
{
    private readonly Gazetteer _gazetteer = Gazetteer.Instance;
    private readonly DateResolver _dates = new();

    /// <param name="sentenceCues">Each sentence's <see cref="CueWords"/> (from <see cref="Tokenizer.Tokenize(Sentence, out Cue)"/>).</param>
    public IReadOnlyList<MeetingCandidate> Find(
        IReadOnlyList<Sentence> sentences, IReadOnlyList<Token[]> tokens, IReadOnlyList<Cue> sentenceCues, IReadOnlyList<NameMention> mentions, int[] personOf,
        DateOnly published, IReadOnlyList<string?>? personTitles = null)
    {
        var found = new List<(MeetingCandidate Candidate, Scope Scope)>();
        var bySentence = new MentionsBySentence(mentions);
        foreach (var sentence in sentences)
        {
            // The sentence's cue words stand for its clauses' too: a pattern is skipped where the sentence lacks its words.
            var cues = sentenceCues[sentence.Index];
            if (!MayNameMeeting(cues))
            {
                // Most sentences name no meeting: a clause has a meeting word only where its sentence has one. Where the
                // sentence has a word beginning a trigger, each clause runs the pattern itself.
                continue;
            }

            var inSentence = bySentence[sentence.Index];
            foreach (var (start, end) in Clauses(sentence.Text))
            {
                if (FindInClause(sentence, cues, start, end, tokens[sentence.Index], inSentence, personOf) is not { } clause)
                {
                    continue;
                }

                if (clause.Candidate.Persons.Count == 0 && start == 0 && sentence.Index > 0)
                {
                    AddGroupFromPrevious(sentence.Text[start..end], sentences, sentence.Index, bySentence, personOf, personTitles, clause.Candidate);
                }

                found.Add(clause);
            }
        }

        return WithDetails(found, personOf, published);
    }

    /// <summary>
    /// Works out the place, date and status of the clauses that can use them, and drops those that turn out to be
    /// talks going on for months (see <see cref="Complete"/>). A clause of two participants or more is a meeting. One
    /// of fewer is used by the <see cref="MeetingConsolidator"/> only beside a meeting: it completes the meeting of its
    /// own sentence or the one before, or the meeting of the next sentence when that comes next; and being there, it
    /// stands between the next meeting and a clause before it, which only matters when that meeting is in its sentence
    /// or the next. Elsewhere it is left out, details and all, and the meetings come out the same. Those are seven in
    /// eight clauses with a meeting word in the bench's articles ("previous rounds ended after seven days"), and their
    /// details were a tenth of extraction.
    /// </summary>
    private List<MeetingCandidate> WithDetails(List<(MeetingCandidate Candidate, Scope Scope)> found, int[] personOf, DateOnly published)
    {
        var kept = new bool[found.Count];
        var meetingIn = new HashSet<int>();
        for (var i = 0; i < found.Count; i++)
        {
            var (candidate, scope) = found[i];
            if (candidate.ParticipantCount >= 2 && (kept[i] = Complete(candidate, scope, personOf, published)))
            {
                meetingIn.Add(candidate.Sentence);
            }
        }

        var candidates = new List<MeetingCandidate>();
        for (var i = 0; i < found.Count; i++)
        {
            var (candidate, scope) = found[i];
            var at = candidate.Sentence;
            if (candidate.ParticipantCount < 2
                && (meetingIn.Contains(at - 1) || meetingIn.Contains(at) || meetingIn.Contains(at + 1)))
            {
                kept[i] = Complete(candidate, scope, personOf, published);
            }

            if (kept[i])
            {
                candidates.Add(candidate);
            }
        }

        return candidates;
    }

    // The clause's meeting and its participants; the rest (place, date, status) waits for Complete, with what it reads.
    private (MeetingCandidate Candidate, Scope Scope)? FindInClause(
        Sentence sentence, Cue cues, int start, int end, Token[] tokens, ArraySegment<(NameMention Mention, int Index)> mentions, int[] personOf)
    {
        var clause = sentence.Text[start..end];
        var triggers = Triggers(clause, 0);
        if (triggers.Count == 0)
        {
            return null;
        }

        var anaphoric = Anaphoric().IsMatch(clause);
        if (anaphoric && triggers.Count == 1 && !clause.Contains("between", StringComparison.Ordinal))
        {
            return null;
        }

        var kind = KindOf(clause, triggers);
        var from = start;
        var to = end;
        if (anaphoric)
        {
            // "The visit was to come days after X held a phone call with Y": the meeting is the one after the conjunction.
            var after = Conjunction().Match(clause, triggers[0].Index + triggers[0].Length);
            if (after.Success)
            {
                from = start + after.Index;
                triggers = Triggers(clause, after.Index);
                if (triggers.Count == 0)
                {
                    return null;
                }

                kind = KindOf(clause, triggers);
            }
        }

        if ((cues & Cue.Reporting) != 0)
        {
            // The reporting verb after the meeting word ends its scope; the last one before it, past where the scope
            // begins, starts it.
            int? laterAt = null, reportEnd = null;
            foreach (var r in Reporting().EnumerateMatches(clause))
            {
                if (laterAt is null && r.Index > triggers[0].Index)
                {
                    laterAt = r.Index;
                }

                if (r.Index + r.Length <= triggers[0].Index && start + r.Index >= from)
                {
                    reportEnd = r.Index + r.Length;
                }
            }

            if (laterAt is { } later)
            {
                to = start + later;
            }

            if (reportEnd is { } reported)
            {
                from = start + reported;
            }
        }

        var scopeFrom = from;
        var scopeTo = to;
        var between = (cues & Cue.Between) != 0 ? Between().Match(clause, from - start) : Match.Empty;
        if (between.Success && between.Index > triggers[0].Index - 40)
        {
            from = start + between.Index;
            var stop = SpanEnd().Match(clause, between.Index + between.Length);
            to = stop.Success ? Math.Min(to, start + stop.Index) : to;
        }

        var candidate = new MeetingCandidate { Kind = kind, Sentence = sentence.Index, Evidence = sentence.Text };
        foreach (var (mention, index) in mentions)
        {
            var at = mention.Start - sentence.Start;
            if (at < from || at >= to)
            {
                continue;
            }

            if (mention.Kind == ActorKind.Person && personOf[index] >= 0 && !IsSpeaker(sentence, mention))
            {
                candidate.Persons.Add(personOf[index]);
            }
            else if (mention.Kind == ActorKind.Country && between.Success && mention.Country is not null)
            {
                candidate.Countries.Add(mention.Country);
            }
        }

        AddDelegations(tokens, sentence.Start + from, sentence.Start + to, candidate);
        AddHost(clause, cues, kind, candidate);
        return (candidate, new Scope(sentence, cues, clause, start, from, scopeFrom, scopeTo, triggers, tokens, mentions));
    }

    /// <summary>Where a clause's meeting is told: what <see cref="Complete"/> reads.</summary>
    private sealed record Scope(
        Sentence Sentence, Cue Cues, string Clause, int Start, int From, int ScopeFrom, int ScopeTo, List<(int Index, int Length)> Triggers,
        Token[] Tokens, ArraySegment<(NameMention Mention, int Index)> Mentions);

    // The place, date and status of a clause's meeting; false when it turns out to be talks going on for months.
    private bool Complete(MeetingCandidate candidate, Scope at, int[] personOf, DateOnly published)
    {
        var (sentence, cues, clause, start, from, scopeFrom, scopeTo, triggers, tokens, mentions) = at;
        var scope = sentence.Text[scopeFrom..scopeTo];
        // "A meeting on Friday has been postponed": the day named is the one that was planned, still ahead.
        var future = Planned().IsMatch(scope) || (IsPostponed(scope, cues) && !IsHeld(scope, cues));
        candidate.Location = FindLocation(clause, triggers) ?? UnlistedPlace(clause, triggers, tokens, sentence.Start + start, mentions, personOf);
        // "X and Y will meet next week, their offices said on Tuesday": the day of the announcement is not the meeting's,
        // and "discussions between A and B since June" began in June.
        var rest = sentence.Text[from..];
        var scopeText = WithoutReportAndSinceDates(scope, cues);
        var restText = WithoutReportAndSinceDates(rest, cues);
        // Often the scope runs to the end of the sentence already: the same text gives the same (missing) date.
        candidate.Date = _dates.Resolve(scopeText, cues, published, future)
            ?? (restText == scopeText ? null : _dates.Resolve(restText, cues, published, future));
        candidate.Status = StatusOf(scope, cues, future);
        // "The question has dominated discussions between A and B since June": talks going on for months, not a
        // meeting. Taken as talks held in June, they made meetings that no article reported.
        return !(candidate.Date is null && candidate.Status is null && (cues & Cue.Since) != 0 && SinceDate().IsMatch(rest));
    }

    // "X and Y will meet next week, their offices said on Tuesday": the day of the announcement is not the meeting's,
    // and "discussions between A and B since June" began in June.
    private static string WithoutReportAndSinceDates(string text, Cue cues)
    {
        if ((cues & Cue.Reporting) != 0)
        {
            text = ReportingDate().Replace(text, "");
        }

        return (cues & Cue.Since) != 0 ? SinceDate().Replace(text, "") : text;
    }

    private static MeetingStatus? StatusOf(string text, Cue cues, bool future)
    {
        if ((cues & Cue.Cancelled) != 0 && Cancelled().IsMatch(text))
        {
            return MeetingStatus.Cancelled;
        }

        if (IsPostponed(text, cues))
        {
            return MeetingStatus.Postponed;
        }

        if (future)
        {
            return MeetingStatus.Planned;
        }

        return IsHeld(text, cues) ? MeetingStatus.Held : null;
    }

    private static bool IsPostponed(string text, Cue cues) => (cues & Cue.Postponed) != 0 && Postponed().IsMatch(text);

    private static bool IsHeld(string text, Cue cues) => (cues & Cue.Held) != 0 && Held().IsMatch(text);

    private void AddDelegations(Token[] tokens, int from, int to, MeetingCandidate candidate)
    {
        for (var k = 0; k < tokens.Length; k++)
        {
            if (tokens[k].Start < from || tokens[k].Start >= to || !_gazetteer.GroupNouns.Contains(tokens[k].Text))
            {
                continue;
            }

            for (var j = k - 1; j >= 0 && j >= k - 8; j--)
            {
                var t = tokens[j];
                var country = t.IsCapitalised || t.IsAllCaps ? _gazetteer.CountryOf(t.Text) : null;
                if (country is not null)
                {
                    candidate.Countries.Add(country);
                }
                else if (!(t.Text is "," or "and" or "&" || t.Is("top") || t.Is("senior") || t.Is("high-level") || t.Is("foreign") || t.Is("defense") || t.Is("defence") || t.Is("military") || t.Is("official")))
                {
                    break;
                }
            }
        }
    }

    private void AddHost(string clause, Cue cues, MeetingKind kind, MeetingCandidate candidate)
    {
        var host = (cues & Cue.Host) != 0 ? Host().Match(clause) : Match.Empty;
        if (host.Success && _gazetteer.CountryByName(host.Groups["c"].Value) is { } hostCountry)
        {
            candidate.Countries.Add(hostCountry);
        }

        if (kind == MeetingKind.Visit && (cues & Cue.Travel) != 0)
        {
            var to = VisitTo().Match(clause);
            if (to.Success && _gazetteer.CountryByName(to.Groups["c"].Value) is { } destination)
            {
                candidate.Countries.Add(destination);
            }
            else if (to.Success && candidate.Persons.Count == 1 && _gazetteer.CountryOfCity(to.Groups["c"].Value) is { } hostOfCity)
            {
                // "Zelenskyy is set to travel to Warsaw": a lone visitor meets the country that receives them.
                candidate.Countries.Add(hostOfCity);
            }
        }
    }

    // The meeting words of a clause from a position on: where each is and how long.
    private static List<(int Index, int Length)> Triggers(string clause, int startAt)
    {
        var found = new List<(int Index, int Length)>(2);
        foreach (var trigger in Trigger().EnumerateMatches(clause, startAt))
        {
            found.Add((trigger.Index, trigger.Length));
        }

        return found;
    }

    // The kind the clause's meeting words say, the most telling first (a call, a visit, a summit, talks).
    private static MeetingKind KindOf(string clause, List<(int Index, int Length)> triggers)
    {
        var kind = KindOf(clause.AsSpan(triggers[0].Index, triggers[0].Length));
        for (var i = 1; i < triggers.Count; i++)
        {
            var other = KindOf(clause.AsSpan(triggers[i].Index, triggers[i].Length));
            if (Priority(other) < Priority(kind))
            {
                kind = other;
            }
        }

        return kind;
    }

    private string? FindLocation(string clause, List<(int Index, int Length)> triggers)
    {
        foreach (Match place in PlacePhrase().Matches(clause))
        {
            var city = _gazetteer.City(place.Groups["p"].ValueSpan);
            if (city is not null)
            {
                return city;
            }
        }

        foreach (var trigger in triggers)
        {
            var before = clause.AsSpan(0, trigger.Index).TrimEnd();
            var lastWord = before[(before.LastIndexOf(' ') + 1)..];
            if (_gazetteer.City(lastWord) is { } city)
            {
                return city;
            }

            var near = CountryNear().Match(clause, trigger.Index + trigger.Length);
            if (near.Success && near.Index - (trigger.Index + trigger.Length) < 40 && _gazetteer.CountryByName(near.Groups["c"].ValueSpan) is { } country)
            {
                return country;
            }
        }

        return null;
    }

    private static int Priority(MeetingKind kind) => kind switch
    {
        MeetingKind.Call => 0,
        MeetingKind.Visit => 1,
        MeetingKind.Summit => 2,
        MeetingKind.Talks => 3,
        _ => 4,
    };

    private static MeetingKind KindOf(ReadOnlySpan<char> trigger)
    {
        Span<char> t = stackalloc char[trigger.Length];
        trigger.ToLowerInvariant(t);
        return t.Contains("call", StringComparison.Ordinal) || t.Contains("phone", StringComparison.Ordinal) ? MeetingKind.Call
            : t.StartsWith("visit", StringComparison.Ordinal) || t.StartsWith("trip", StringComparison.Ordinal) || t.StartsWith("arriv", StringComparison.Ordinal)
                || t.StartsWith("trav", StringComparison.Ordinal) ? MeetingKind.Visit
            : t.StartsWith("summit", StringComparison.Ordinal) ? MeetingKind.Summit
            : t.Contains("conference", StringComparison.Ordinal) || t.StartsWith("forum", StringComparison.Ordinal) ? MeetingKind.Conference
            : MeetingKind.Talks;
    }

    private static IEnumerable<(int Start, int End)> Clauses(string text)
    {
        var start = 0;
        foreach (Match cut in ClauseBreak().Matches(text))
        {
            // "between X, and his counterpart, Y" is one list, not two clauses.
            var between = text.LastIndexOf("between ", cut.Index, cut.Index - start, StringComparison.Ordinal);
            if (between >= 0 && !text.AsSpan(between, cut.Index - between).Contains(" and ", StringComparison.Ordinal))
            {
                continue;
            }

            yield return (start, cut.Index);
            start = cut.Index + cut.Length;
        }

        yield return (start, text.Length);
    }

    /// <summary>
    /// The mentions of each sentence with their indexes, in their order: one array sorted by sentence (a counting sort,
    /// stable) and where each sentence's part begins. A lookup grouped them into an object per sentence.
    /// </summary>
    internal sealed class MentionsBySentence
    {
        private readonly (NameMention Mention, int Index)[] _sorted;
        private readonly int[] _start;

        public MentionsBySentence(IReadOnlyList<NameMention> mentions)
        {
            var sentences = 0;
            for (var i = 0; i < mentions.Count; i++)
            {
                sentences = Math.Max(sentences, mentions[i].Sentence + 1);
            }

            _start = new int[sentences + 1];
            for (var i = 0; i < mentions.Count; i++)
            {
                _start[mentions[i].Sentence + 1]++;
            }

            for (var k = 1; k <= sentences; k++)
            {
                _start[k] += _start[k - 1];
            }

            _sorted = new (NameMention, int)[mentions.Count];
            var next = _start[..^1];
            for (var i = 0; i < mentions.Count; i++)
            {
                _sorted[next[mentions[i].Sentence]++] = (mentions[i], i);
            }
        }

        public ArraySegment<(NameMention Mention, int Index)> this[int sentence] =>
            sentence >= 0 && sentence < _start.Length - 1
                ? new(_sorted, _start[sentence], _start[sentence + 1] - _start[sentence])
                : ArraySegment<(NameMention Mention, int Index)>.Empty;
    }
}
