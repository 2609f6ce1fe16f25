using BriefingBot.Core.Actors;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Meetings;
using BriefingBot.Core.Storage;
using Humanizer;

namespace BriefingBot.Core.Briefings;

/// <summary><c>/meetings [name, country, place or status] [--why]</c>: meetings with participants, place, date, status and sources.</summary>
public sealed class MeetingsHandler(ActorFinder finder, IKnowledgeStore store) : IChatCommandHandler
{
    private const int Shown = 15;

    public IReadOnlyList<CommandInfo> Commands { get; } =
        [new("meetings", "/meetings [name | country | place | planned | held | postponed | cancelled]", "Meetings, talks, visits and calls", "/meetings Turkey")];

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var (query, why) = Flags.Take(command.Arguments, "--why");
        IReadOnlyList<Meeting> meetings;
        RecentMeetings? recent = null;
        string heading;
        if (query.Length == 0)
        {
            meetings = await store.LatestMeetingsAsync(Shown, cancellationToken).ConfigureAwait(false);
            heading = "Latest meetings";
        }
        else if (Enum.TryParse<MeetingStatus>(query, ignoreCase: true, out var status) && !int.TryParse(query, out _))
        {
            meetings = await store.FindMeetingsByStatusAsync(status, 3 * Shown, cancellationToken).ConfigureAwait(false);
            heading = $"{status} meetings";
        }
        else
        {
            var lookup = await finder.FindAsync(query, cancellationToken).ConfigureAwait(false);
            List<Actor> involved = [];
            if (Places(lookup, query) is { Count: > 0 } places)
            {
                // A place takes part in nothing: its meetings are those held there ("/meetings Tokyo").
                recent = await AtAsync(places, why, cancellationToken).ConfigureAwait(false);
                heading = $"Meetings in {places.Humanize("and")}";
            }
            else if (lookup.Matches.Count > 0)
            {
                var actors = lookup.Matches.Take(5).ToList();
                involved = [.. actors];
                foreach (var country in actors.Where(a => a.Kind == ActorKind.Country))
                {
                    // A country's meetings include those of its people ("Turkey" covers its foreign minister's talks).
                    involved.AddRange(await store.FindMeetingListsByCountryAsync(country.Name, cancellationToken).ConfigureAwait(false));
                }

                heading = $"Meetings of {actors.Select(a => a.Name).Humanize("and")}";
            }
            else if (Gazetteer.Instance.CountryByName(query) is { } countryName)
            {
                // A country only ever named through its people ("Turkish Foreign Minister Hakan Fidan") has no actor
                // of its own, but its people's roles name it: their meetings are the country's.
                involved = [.. await store.FindMeetingListsByCountryAsync(countryName, cancellationToken).ConfigureAwait(false)];
                heading = $"Meetings of {countryName}";
            }
            else
            {
                var hint = lookup.Suggestions.Count > 0 ? $" Did you mean {lookup.Suggestions.Select(s => s.Name).Humanize("or")}?" : "";
                return Reply.Mistake($"I know no actor, country or place named \"{query}\".{hint}", "/meetings Turkey  or  /meetings planned");
            }

            recent ??= await RecentMeetings.OfAsync(store, involved.DistinctBy(a => a.Id).ToList(), Shown, withReports: why, cancellationToken).ConfigureAwait(false);
            meetings = recent.Meetings;
        }

        if (meetings.Count == 0)
        {
            return Reply.Text(query.Length == 0 ? "No meetings yet. Moderators add articles with /add." : $"No meetings found for \"{query}\".");
        }

        var ordered = meetings.OrderByDescending(m => m.Date ?? "", StringComparer.Ordinal).ThenByDescending(m => m.Id).ToList();
        var total = recent?.Total ?? ordered.Count;
        var title = total > Shown ? $"{heading} ({recent?.Of($"latest {Shown}") ?? $"latest {Shown}"})" : heading;
        var map = await ActorMap.ForAsync(store, ordered.Take(Shown), cancellationToken).ConfigureAwait(false);
        var blocks = new List<ReplyBlock>
        {
            new HeadingBlock(title),
            new ListBlock([.. ordered.Take(Shown).Select(m => Item(m, map, why))]),
        };
        return new Reply(blocks);
    }

    // The places asked for: every actor found is a place, or none is found and the gazetteer knows the city.
    private static List<string> Places(ActorLookup lookup, string query)
    {
        var found = lookup.Matches.Take(5).ToList();
        if (found.Count > 0)
        {
            return found.All(a => a.Kind == ActorKind.Place) ? [.. found.Select(a => a.Name)] : [];
        }

        return Gazetteer.Instance.CountryByName(query) is null && Gazetteer.Instance.City(query) is { } city ? [city] : [];
    }

    private async Task<RecentMeetings> AtAsync(IReadOnlyList<string> places, bool withReports, CancellationToken cancellationToken)
    {
        var ids = new List<int>();
        foreach (var place in places)
        {
            ids.AddRange(await store.FindMeetingIdsAtAsync(place, cancellationToken).ConfigureAwait(false));
        }

        // The newest by id, then ordered by date as every list is.
        var all = ids.Distinct().OrderDescending().ToList();
        var newest = all.Take(3 * Shown).ToList();
        var meetings = withReports
            ? await store.GetMeetingsAsync(newest, cancellationToken).ConfigureAwait(false)
            : await store.GetMeetingOutlinesAsync(newest, cancellationToken).ConfigureAwait(false);
        return new RecentMeetings(meetings, all.Count, TotalIsExact: true);
    }

    private static IReadOnlyList<Span> Item(Meeting meeting, IReadOnlyDictionary<int, Actor> actors, bool why)
    {
        var names = meeting.ParticipantIds.Select(id => actors.TryGetValue(id, out var a) ? a.Name : null).OfType<string>().ToList();
        var spans = new List<Span>
        {
            Span.Bold(MeetingText.Label(meeting, actors)),
            new($": {MeetingText.StatusAndDate(meeting)}. With {names.Humanize("and")}. Sources: {WhoHandler.Refs(meeting.ArticleIds)}"),
        };
        if (why)
        {
            foreach (var report in meeting.Reports.Take(3))
            {
                spans.Add(new Span($"\n  {ReplyText.Ref(report.ArticleId)} ({report.Status.ToString().ToLowerInvariant()}): "));
                spans.Add(Span.Italic(ReplyText.Clip(report.Evidence, 300)));
            }
        }

        return spans;
    }
}
