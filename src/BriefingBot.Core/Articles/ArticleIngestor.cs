using BriefingBot.Core.Actors;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Meetings;
using BriefingBot.Core.Storage;

namespace BriefingBot.Core.Articles;

/// <summary>
/// Indexes an article: refuses duplicates, runs extraction, resolves what it found against what the
/// store knows, and commits it all in one batch. One article at a time, so identity decisions never race;
/// <see cref="IngestManyAsync"/> extracts many ahead in parallel and keeps the rest of this order.
/// </summary>
public sealed partial class ArticleIngestor(
    IKnowledgeStore store,
    ArticleExtractor extractor,
    ActorMatcher actorMatcher,
    MeetingMatcher meetingMatcher,
    TimeProvider time)
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task<IngestResult> IngestAsync(ArticleDraft draft, string? addedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (string.IsNullOrWhiteSpace(draft.Body))
        {
            return IngestResult.Refused("The article is empty.");
        }

        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var hash = ContentHash.Of(draft.Body);
            if (await FindDuplicateAsync(draft, hash, cancellationToken).ConfigureAwait(false) is { } duplicate)
            {
                return duplicate;
            }

            var extracted = Extract(draft, addedBy, hash, time.GetUtcNow());
            var (batch, result) = await ResolveAsync(extracted, cancellationToken).ConfigureAwait(false);
            await store.CommitIngestAsync(batch, cancellationToken).ConfigureAwait(false);
            return result;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<IngestResult?> FindDuplicateAsync(ArticleDraft draft, string hash, CancellationToken cancellationToken)
    {
        var existing = await store.FindArticleByHashAsync(hash, cancellationToken).ConfigureAwait(false);
        if (existing is null && !string.IsNullOrWhiteSpace(draft.Url))
        {
            existing = await store.FindArticleByUrlAsync(draft.Url.Trim(), cancellationToken).ConfigureAwait(false);
        }

        return existing is null ? null : IngestResult.Duplicate(existing);
    }

    // Pure CPU, no store: the bulk path runs it ahead of the store on worker threads.
    private ExtractedDraft Extract(ArticleDraft draft, string? addedBy, string hash, DateTimeOffset now)
    {
        var published = draft.Published ?? DateOnly.FromDateTime(now.UtcDateTime);
        var extraction = extractor.Extract(draft, published);
        // Each actor's lookup keys too: they depend on its names alone, and folding them was a tenth of resolution.
        var keys = extraction.Actors.Select(a => ActorKeys.For(a.Aliases.Append(a.Name))).ToList();
        return new ExtractedDraft(draft, addedBy, hash, now, published, extraction, keys);
    }

    // What the article adds to the store, decided against what the store holds now; the caller commits it.
    private async Task<(IngestBatch Batch, IngestResult Result)> ResolveAsync(ExtractedDraft extracted, CancellationToken cancellationToken)
    {
        var (draft, addedBy, hash, now, published, extraction, keys) = extracted;
        var article = new Article
        {
            Title = extraction.Title,
            Summary = extraction.Summary,
            Published = draft.Published ?? published,
            IngestedAt = now,
            Source = Blank(draft.Source),
            Url = Blank(draft.Url?.Trim()),
            File = draft.File,
            Body = draft.Body,
            ContentHash = hash,
            AddedBy = addedBy,
        };

        var seen = new DateTimeOffset(published.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var actors = await ResolveActorsAsync(extraction, keys, seen, cancellationToken).ConfigureAwait(false);
        var (meetings, participants) = await ResolveMeetingsAsync(extraction, actors, published, now, cancellationToken).ConfigureAwait(false);
        var batch = new IngestBatch(article, actors.Distinct().ToList(), meetings, participants) { SearchTerms = extraction.SearchTerms };
        return (batch, new IngestResult(IngestStatus.Added, article, null, batch.Actors, meetings));
    }

    // One store actor per extracted actor (two extracted actors may turn out to be one known actor).
    private async Task<List<Actor>> ResolveActorsAsync(
        ArticleExtraction extraction, IReadOnlyList<IReadOnlyList<string>> actorKeys, DateTimeOffset seen, CancellationToken cancellationToken)
    {
        var resolved = new List<Actor>(extraction.Actors.Count);
        var taken = new Dictionary<int, Actor>();
        var fresh = new List<Actor>();
        for (var i = 0; i < extraction.Actors.Count; i++)
        {
            var (found, keys) = (extraction.Actors[i], actorKeys[i]);
            var known = found.Kind == ActorKind.Person
                ? await store.FindPersonCandidatesAsync(keys, cancellationToken).ConfigureAwait(false)
                : await store.FindActorCandidatesAsync(keys, cancellationToken).ConfigureAwait(false);
            // An actor already taken up by this article is reused as the same object, so its changes add up. (A candidate
            // offered twice would change nothing: the matcher keeps the first of equal scores.)
            var candidates = new List<Actor>(known.Count + fresh.Count);
            candidates.AddRange(known.Select(k => taken.GetValueOrDefault(k.Id) ?? k));
            candidates.AddRange(fresh.Where(f => f.Keys.Any(keys.Contains)));
            var actor = actorMatcher.Match(found, candidates);
            if (actor is null)
            {
                actor = new Actor { Kind = found.Kind, Name = found.Name, FirstSeen = seen, LastSeen = seen };
                fresh.Add(actor);
            }
            else if (actor.Id != 0 && !resolved.Contains(actor))
            {
                // Candidates may be sketches (see FindActorCandidatesAsync): the actor this one is, is loaded whole.
                actor = await store.GetActorToChangeAsync(actor.Id, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"Actor {actor.Id} was offered as a candidate but is not in the store.");
            }

            Absorb(actor, found, keys, seen);
            resolved.Add(actor);
            if (actor.Id != 0)
            {
                taken.TryAdd(actor.Id, actor);
            }
        }

        return resolved;
    }

    private static void Absorb(Actor actor, ExtractedActor found, IReadOnlyList<string> keys, DateTimeOffset seen)
    {
        AddAlias(actor, found.Name);
        foreach (var alias in found.Aliases)
        {
            AddAlias(actor, alias);
        }

        foreach (var key in keys)
        {
            if (!actor.Keys.Contains(key))
            {
                actor.Keys.Add(key);
            }
        }

        // A fuller form of the same name ("Recep Tayyip Erdogan" after "Recep Erdogan") becomes the display name. Most
        // mentions of a known actor give its name as it is: nothing to fold and compare then.
        if (!string.Equals(actor.Name, found.Name, StringComparison.Ordinal))
        {
            var known = ActorKeys.Fold(actor.Name).Split(' ');
            var offered = ActorKeys.Fold(found.Name).Split(' ');
            if (offered.Length > known.Length && known.All(offered.Contains))
            {
                actor.Name = found.Name;
            }
        }

        foreach (var role in found.Roles)
        {
            if (!actor.Roles.Any(r => r.ArticleId == 0 && r.Title == role.Title && r.Country == role.Country))
            {
                actor.Roles.Add(new ActorRole { Title = role.Title, Country = role.Country, ArticleId = 0, Evidence = role.Evidence });
            }
        }

        actor.Country ??= found.Country ?? found.Roles.Select(r => r.Country).FirstOrDefault(c => c is not null);
        if (!actor.ArticleIds.Contains(0))
        {
            actor.ArticleIds.Add(0);
        }

        actor.FirstSeen = seen < actor.FirstSeen ? seen : actor.FirstSeen;
        actor.LastSeen = seen > actor.LastSeen ? seen : actor.LastSeen;
    }

    private static void AddAlias(Actor actor, string alias)
    {
        if (!actor.Aliases.Contains(alias, StringComparer.Ordinal))
        {
            actor.Aliases.Add(alias);
        }
    }

    private async Task<(List<Meeting>, Dictionary<Meeting, IReadOnlyList<Actor>>)> ResolveMeetingsAsync(
        ArticleExtraction extraction, List<Actor> actors, DateOnly published, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var meetings = new List<Meeting>();
        var participants = new Dictionary<Meeting, IReadOnlyList<Actor>>(ReferenceEqualityComparer.Instance);
        foreach (var found in extraction.Meetings)
        {
            var people = found.Participants.Select(i => actors[i]).Distinct().ToList();
            var knownIds = people.Where(p => p.Id != 0).Select(p => p.Id).ToList();
            var known = knownIds.Count == 0
                ? []
                : await store.FindMeetingCandidatesAsync(knownIds, found.Date, published, cancellationToken).ConfigureAwait(false);
            // Each known meeting once (the store's promise), then this article's new ones: no two the same.
            var candidates = known.Select(k => meetings.FirstOrDefault(m => m.Id != 0 && m.Id == k.Id) ?? k)
                .Concat(meetings.Where(m => m.Id == 0))
                .ToList();
            var meeting = meetingMatcher.Match(found, knownIds, published, candidates);
            if (meeting is not null && !meetings.Contains(meeting))
            {
                // Candidates may be sketches (see FindMeetingCandidatesAsync): the one this report joins is loaded whole.
                meeting = await store.GetMeetingToChangeAsync(meeting.Id, cancellationToken).ConfigureAwait(false);
            }

            if (meeting is null)
            {
                meeting = new Meeting { Kind = found.Kind, Status = found.Status, FirstReported = now, StatusChanged = now };
                participants[meeting] = people;
            }
            else
            {
                // The participants already listed count only by id (the store records ids): sketches will do.
                var before = participants.TryGetValue(meeting, out var listed)
                    ? listed
                    : await store.GetActorSketchesAsync(meeting.ParticipantIds, cancellationToken).ConfigureAwait(false);
                participants[meeting] = before.Select(b => people.FirstOrDefault(p => p.Id == b.Id && p.Id != 0) ?? b).Concat(people).Distinct().ToList();
            }

            AddReport(meeting, found, published, now);
            if (!meetings.Contains(meeting))
            {
                meetings.Add(meeting);
            }
        }

        return (meetings, participants);
    }

    // The newest article speaks for the meeting: its status, and its date and place where it gives them.
    private static void AddReport(Meeting meeting, ExtractedMeeting found, DateOnly published, DateTimeOffset now)
    {
        var date = found.Date?.ToString();
        var newest = meeting.Reports.Count == 0 || meeting.Reports.All(r => r.Published <= published);
        meeting.Reports.Add(new MeetingReport { ArticleId = 0, Status = found.Status, Date = date, Location = found.Location, Evidence = found.Evidence, Published = published });
        if (!meeting.ArticleIds.Contains(0))
        {
            meeting.ArticleIds.Add(0);
        }

        if (newest)
        {
            if (meeting.Reports.Count > 1 && meeting.Status != found.Status)
            {
                meeting.StatusChanged = now;
            }

            meeting.Status = found.Status;
            meeting.Date = date ?? meeting.Date;
            meeting.Location = found.Location ?? meeting.Location;
        }
        else
        {
            meeting.Date ??= date;
            meeting.Location ??= found.Location;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>A draft with its extraction and each extracted actor's <see cref="ActorKeys"/>, ready for resolution against the store.</summary>
    private sealed record ExtractedDraft(
        ArticleDraft Draft, string? AddedBy, string Hash, DateTimeOffset Now, DateOnly Published, ArticleExtraction Extraction, IReadOnlyList<IReadOnlyList<string>> ActorKeys);
}
