using BriefingBot.Core.Meetings;

namespace BriefingBot.Core.Extraction;

/// <summary>
/// Merges the clauses of one article that describe the same meeting: compatible kind, date, place and status,
/// and participants that cover each other (a country is covered by a person of that country, as "talks between
/// Russia and Turkey" by "Lavrov and Shoygu"). A clause with too few participants completes the meeting of
/// the sentence just before it. Countries represented by a participating person are then dropped.
/// </summary>
internal sealed class MeetingConsolidator
{
    private readonly Gazetteer _gazetteer = Gazetteer.Instance;

    public IReadOnlyList<MeetingCandidate> Consolidate(IReadOnlyList<MeetingCandidate> candidates, IReadOnlyList<string?> personCountry, DateOnly published)
    {
        var meetings = new List<MeetingCandidate>();
        MeetingCandidate? last = null;
        MeetingCandidate? pending = null;
        foreach (var c in candidates)
        {
            if (pending is not null && c.ParticipantCount >= 2 && c.Sentence - pending.Sentence == 1 && c.Kind != MeetingKind.Call && Compatible(pending, c, personCountry))
            {
                // "X will visit Delhi next month. X is due to meet his counterpart Y there": the first sentence completes the meeting.
                c.Location ??= pending.Location;
                c.Date ??= pending.Date;
                c.Status = pending.Status is MeetingStatus.Postponed or MeetingStatus.Cancelled && c.Status is null or MeetingStatus.Planned
                    ? pending.Status // "The summit was postponed. X had been set to host Y": the plan is what was put off.
                    : c.Status ?? pending.Status;
                if (c.Kind == MeetingKind.Talks && pending.Kind is MeetingKind.Summit or MeetingKind.Conference)
                {
                    // "X hosted a summit in Abuja. Y and Z attended": the host is one of the summit's participants.
                    c.Kind = pending.Kind;
                    c.Persons.UnionWith(pending.Persons);
                }
            }

            pending = c.ParticipantCount < 2 ? c : null;
            if (c.ParticipantCount < 2)
            {
                if (last is not null && c.Sentence - last.LastSentence <= 1 && c.Kind != MeetingKind.Call && Compatible(last, c, personCountry))
                {
                    last.Location = MoreSpecificPlace(last.Location, c.Location);
                    last.Date ??= c.Date;
                }

                continue;
            }

            var target = meetings.FirstOrDefault(m => Compatible(m, c, personCountry) && Covers(m, c, personCountry));
            if (target is null)
            {
                c.LastSentence = c.Sentence;
                meetings.Add(c);
                last = c;
                continue;
            }

            Merge(target, c);
            target.LastSentence = c.Sentence;
            last = target;
        }

        foreach (var m in meetings)
        {
            m.Countries.RemoveWhere(country => m.Persons.Any(p => personCountry[p] == country));
            m.Status ??= m.Date is { } date && IsAfter(date, published) ? MeetingStatus.Planned : MeetingStatus.Held;
        }

        return meetings.Where(m => m.ParticipantCount >= 2).ToList();
    }

    private static bool IsAfter(MeetingDate date, DateOnly published) => date.Day is int day
        ? new DateOnly(date.Year, date.Month, day) > published
        : (date.Year * 12) + date.Month > (published.Year * 12) + published.Month;

    private void Merge(MeetingCandidate target, MeetingCandidate c)
    {
        if (target.Persons.Count < 2 && c.Persons.Count >= 2)
        {
            target.Evidence = c.Evidence;
        }

        target.Persons.UnionWith(c.Persons);
        target.Countries.UnionWith(c.Countries);
        target.Location = MoreSpecificPlace(target.Location, c.Location);
        if (target.Date is null || (target.Date.Value.Day is null && c.Date?.Day is not null))
        {
            target.Date = c.Date ?? target.Date;
        }

        target.Status = Stronger(target.Status, c.Status);
        if (target.Kind == MeetingKind.Talks && c.Kind != MeetingKind.Talks)
        {
            target.Kind = c.Kind;
        }
    }

    private static MeetingStatus? Stronger(MeetingStatus? a, MeetingStatus? b)
    {
        static int Rank(MeetingStatus? s) => s switch
        {
            MeetingStatus.Cancelled => 4,
            MeetingStatus.Postponed => 3,
            MeetingStatus.Held => 2,
            MeetingStatus.Planned => 1,
            _ => 0,
        };

        return Rank(a) >= Rank(b) ? a : b;
    }

    private string? MoreSpecificPlace(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }

        return _gazetteer.City(a) is null && _gazetteer.City(b) is not null ? b : a;
    }

    private bool Compatible(MeetingCandidate a, MeetingCandidate b, IReadOnlyList<string?> personCountry)
    {
        _ = personCountry;
        if ((a.Kind == MeetingKind.Call) != (b.Kind == MeetingKind.Call))
        {
            return false;
        }

        if (a.Date is { } da && b.Date is { } db && !(da.Year == db.Year && da.Month == db.Month && (da.Day is null || db.Day is null || da.Day == db.Day)))
        {
            return false;
        }

        if (a.Location is not null && b.Location is not null && !SamePlace(a.Location, b.Location))
        {
            return false;
        }

        var held = a.Status == MeetingStatus.Held || b.Status == MeetingStatus.Held;
        var notYet = a.Status is MeetingStatus.Planned or MeetingStatus.Postponed or MeetingStatus.Cancelled
            || b.Status is MeetingStatus.Planned or MeetingStatus.Postponed or MeetingStatus.Cancelled;
        return !(held && notYet);
    }

    private bool SamePlace(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase)
        || a.EndsWith(" " + b, StringComparison.OrdinalIgnoreCase) || b.EndsWith(" " + a, StringComparison.OrdinalIgnoreCase) // "New Delhi", "Delhi"
        || string.Equals(_gazetteer.CountryOfCity(a) ?? a, _gazetteer.CountryOfCity(b) ?? b, StringComparison.OrdinalIgnoreCase)
            && (_gazetteer.City(a) is null || _gazetteer.City(b) is null);

    // The smaller side's participants all appear in the larger one, a country counting as present through its people.
    private static bool Covers(MeetingCandidate a, MeetingCandidate b, IReadOnlyList<string?> personCountry)
    {
        var (small, large) = a.ParticipantCount <= b.ParticipantCount ? (a, b) : (b, a);
        var largeCountries = new HashSet<string>(large.Countries, StringComparer.Ordinal);
        foreach (var p in large.Persons)
        {
            if (personCountry[p] is { } c)
            {
                largeCountries.Add(c);
            }
        }

        var covered = small.Persons.All(p => large.Persons.Contains(p) || (personCountry[p] is { } c && large.Countries.Contains(c)))
            && small.Countries.All(largeCountries.Contains);
        if (!covered)
        {
            // Covering the other way round also counts: persons standing for the other side's countries.
            var smallCountries = new HashSet<string>(small.Countries, StringComparer.Ordinal);
            foreach (var p in small.Persons)
            {
                if (personCountry[p] is { } c)
                {
                    smallCountries.Add(c);
                }
            }

            covered = large.Persons.All(p => small.Persons.Contains(p) || (personCountry[p] is { } c && small.Countries.Contains(c)))
                && large.Countries.All(smallCountries.Contains);
        }

        return covered;
    }
}
