using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Meetings;
using BriefingBot.Core.Storage;
using LiteDB;

namespace BriefingBot.Storage.Tests;

/// <summary>
/// Inside a write batch the writer holds actors and meetings in memory and writes them when the batch commits:
/// lookups in the batch must see them, a rolled-back batch must leave nothing of them, and readers must get copies.
/// </summary>
public sealed class WriterViewTests
{
    private static readonly CancellationToken s_none = CancellationToken.None;

    [Fact]
    public async Task Lookups_inside_a_batch_see_the_actors_and_meetings_it_wrote_before_they_reach_the_file()
    {
        var (context, store) = StoreFixture.Create();
        using (store.BeginBatch())
        {
            await store.CommitIngestAsync(Report(store, 1), s_none);
            await store.CommitIngestAsync(Report(store, 2), s_none);

            var halvorsen = Assert.Single(await store.FindActorsByKeysAsync([ActorKeys.Fold("Halvorsen")], s_none));
            Assert.Equal(2, halvorsen.ArticleCount);
            var meeting = Assert.Single(await store.FindMeetingCandidatesAsync([halvorsen.Id], null, new DateOnly(2026, 3, 2), s_none));
            Assert.Equal(2, (await store.GetMeetingAsync(meeting.Id, s_none))!.ReportCount);

            // Another reader, outside the batch, sees the file: nothing yet.
            var outside = await Task.Run(() => context.Database.GetCollection("actors").Count());
            Assert.Equal(0, outside);
        }

        var stored = Assert.Single(await store.FindActorsByKeysAsync([ActorKeys.Fold("Halvorsen")], s_none));
        Assert.Equal(2, stored.ArticleCount);
        Assert.Equal(2, stored.ArticleIds.Count);
    }

    [Fact]
    public async Task Meeting_candidates_list_a_meeting_once_however_many_of_its_participants_are_asked_for()
    {
        var (_, store) = StoreFixture.Create();
        await store.CommitIngestAsync(Report(store, 1), s_none);
        var halvorsen = Assert.Single(await store.FindActorsByKeysAsync([ActorKeys.Fold("Halvorsen")], s_none));
        var delegate1 = Assert.Single(await store.FindActorsByKeysAsync([ActorKeys.Fold("Delegate1")], s_none));
        var undated = new DateOnly(2026, 3, 2);

        // Ingestion matches a report against these candidates as they come: the store gives each meeting once.
        var outside = await store.FindMeetingCandidatesAsync([halvorsen.Id, delegate1.Id, halvorsen.Id], null, undated, s_none);
        Assert.Single(outside);
        using (store.BeginBatch())
        {
            await store.CommitIngestAsync(Report(store, 2), s_none);
            var delegate2 = Assert.Single(await store.FindActorsByKeysAsync([ActorKeys.Fold("Delegate2")], s_none));
            var inside = await store.FindMeetingCandidatesAsync([delegate2.Id, halvorsen.Id, delegate1.Id], null, undated, s_none);
            Assert.Equal(outside.Single().Id, Assert.Single(inside).Id);
        }
    }

    [Fact]
    public async Task A_rolled_back_batch_leaves_nothing_behind_in_the_file_or_in_the_next_batch()
    {
        var (_, store) = StoreFixture.Create();
        await store.CommitIngestAsync(Report(store, 1), s_none);

        using (store.BeginBatch())
        {
            await store.CommitIngestAsync(Report(store, 2), s_none);
            var stranger = Report(store, 3);
            // The same text again breaks the unique content index: the write fails and the batch is rolled back.
            stranger.Article.ContentHash = ContentHash.Of(Body(2));
            await Assert.ThrowsAsync<LiteException>(() => store.CommitIngestAsync(stranger, s_none));
        }

        Assert.Equal(1, (await store.FindActorsByKeysAsync([ActorKeys.Fold("Halvorsen")], s_none)).Single().ArticleCount);
        Assert.Empty(await store.FindActorsByKeysAsync([ActorKeys.Fold("Delegate3")], s_none));
        using (store.BeginBatch())
        {
            var halvorsen = Assert.Single(await store.FindActorsByKeysAsync([ActorKeys.Fold("Halvorsen")], s_none));
            Assert.Equal(1, halvorsen.ArticleCount);
            Assert.Empty(await store.FindActorsByKeysAsync([ActorKeys.Fold("Delegate2")], s_none));
            var meeting = Assert.Single(await store.FindMeetingCandidatesAsync([halvorsen.Id], null, new DateOnly(2026, 3, 2), s_none));
            Assert.Equal(1, (await store.GetMeetingAsync(meeting.Id, s_none))!.ReportCount);
        }
    }

    [Fact]
    public async Task The_batch_reads_copies_equal_to_the_file_and_changing_one_changes_nothing_else()
    {
        var (context, store) = StoreFixture.Create();
        await store.CommitIngestAsync(Report(store, 1), s_none);
        var fromFile = (await store.FindActorsByKeysAsync([ActorKeys.Fold("Halvorsen")], s_none)).Single();
        var meetingFromFile = (await store.GetMeetingsAsync(fromFile.MeetingIds, s_none)).Single();
        var mapper = context.Database.Mapper;

        using (store.BeginBatch())
        {
            var read = (await store.GetActorAsync(fromFile.Id, s_none))!;
            Assert.Equal(mapper.ToDocument(fromFile).ToString(), mapper.ToDocument(read).ToString());
            var meeting = (await store.GetMeetingAsync(meetingFromFile.Id, s_none))!;
            Assert.Equal(mapper.ToDocument(meetingFromFile).ToString(), mapper.ToDocument(meeting).ToString());

            read.Name = "Someone Else";
            read.Roles[0].Title = "Nobody";
            meeting.Reports.Clear();
            Assert.Equal("Ingrid Halvorsen", (await store.GetActorAsync(fromFile.Id, s_none))!.Name);
            Assert.Equal("Foreign Minister", (await store.GetActorAsync(fromFile.Id, s_none))!.Roles[0].Title);
            Assert.Single((await store.GetMeetingAsync(meetingFromFile.Id, s_none))!.Reports);
        }

        Assert.Equal("Ingrid Halvorsen", (await store.GetActorAsync(fromFile.Id, s_none))!.Name);
    }

    [Fact]
    public async Task Actor_candidates_come_from_memory_pending_actors_included_and_a_rollback_forgets_them()
    {
        var (_, store) = StoreFixture.Create();
        await store.CommitIngestAsync(Report(store, 1), s_none);

        using (store.BeginBatch())
        {
            await store.CommitIngestAsync(Report(store, 2), s_none);
            var candidate = Assert.Single(await store.FindActorCandidatesAsync([ActorKeys.Fold("Delegate2")], s_none));
            Assert.Equal("Delegate2", candidate.Name);
            var halvorsen = Assert.Single(await store.FindActorCandidatesAsync([ActorKeys.Fold("Halvorsen")], s_none));
            Assert.Equal(("Norway", "Foreign Minister"), (halvorsen.Country, halvorsen.Roles.Single().Title));

            var stranger = Report(store, 3);
            stranger.Article.ContentHash = ContentHash.Of(Body(2));
            await Assert.ThrowsAsync<LiteException>(() => store.CommitIngestAsync(stranger, s_none));
        }

        Assert.Empty(await store.FindActorCandidatesAsync([ActorKeys.Fold("Delegate2")], s_none));
        Assert.Single(await store.FindActorCandidatesAsync([ActorKeys.Fold("Delegate1")], s_none));
    }

    [Fact]
    public async Task After_an_import_the_writer_lets_go_of_its_documents_and_reads_and_writes_them_from_the_file()
    {
        var (context, store) = StoreFixture.Create();
        using (store.BeginBatch())
        {
            await store.CommitIngestAsync(Report(store, 1), s_none);
            await store.CommitIngestAsync(Report(store, 2), s_none);
        }

        Assert.Equal(4, context.View.Held);
        await store.ReleaseImportMemoryAsync(s_none);
        Assert.Equal(0, context.View.Held);

        var halvorsen = Assert.Single(await store.FindActorsByKeysAsync([ActorKeys.Fold("Halvorsen")], s_none));
        Assert.Equal(2, halvorsen.ArticleCount);
        using (store.BeginBatch())
        {
            await store.CommitIngestAsync(Report(store, 3), s_none);
        }

        halvorsen = Assert.Single(await store.FindActorsByKeysAsync([ActorKeys.Fold("Halvorsen")], s_none));
        Assert.Equal(3, halvorsen.ArticleCount);
        var meeting = Assert.Single(await store.GetMeetingsAsync(halvorsen.MeetingIds, s_none));
        Assert.Equal(3, meeting.ReportCount);
        Assert.Equal(4, meeting.ParticipantIds.Count);
    }

    [Fact]
    public async Task On_a_data_file_letting_go_reopens_the_engine_and_nothing_written_before_or_after_is_lost()
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefingbot-release-{Guid.NewGuid():N}.db");
        try
        {
            using (var context = LiteDbContext.OpenFile(path))
            {
                var store = new LiteDbKnowledgeStore(context);
                using (store.BeginBatch())
                {
                    await store.CommitIngestAsync(Report(store, 1), s_none);
                    await store.CommitIngestAsync(Report(store, 2), s_none);
                }

                // A reader busy on another thread while the engine is replaced: it finishes first, then the swap.
                var reading = Task.Run(() => context.Database.GetCollection("articles").FindAll().Count());
                await store.ReleaseImportMemoryAsync(s_none);
                Assert.Equal(2, await reading);

                // The old engine copied its log into the data file as it closed.
                Assert.Equal(0, new FileInfo(LiteDbContext.LogPathFor(path)).Length);
                Assert.Equal(2, Assert.Single(await store.FindActorsByKeysAsync([ActorKeys.Fold("Halvorsen")], s_none)).ArticleCount);
                using (store.BeginBatch())
                {
                    await store.CommitIngestAsync(Report(store, 3), s_none);
                }

                Assert.Equal(3, context.Database.GetCollection("articles").Count());
            }

            using (var reopened = LiteDbContext.OpenFile(path))
            {
                var store = new LiteDbKnowledgeStore(reopened);
                var halvorsen = Assert.Single(await store.FindActorsByKeysAsync([ActorKeys.Fold("Halvorsen")], s_none));
                Assert.Equal(3, halvorsen.ArticleCount);
                Assert.Equal(3, Assert.Single(await store.GetMeetingsAsync(halvorsen.MeetingIds, s_none)).ReportCount);
                Assert.Equal(3, reopened.Database.GetCollection("articles").Count());
            }
        }
        finally
        {
            File.Delete(path);
            File.Delete(LiteDbContext.LogPathFor(path));
        }
    }

    [Fact]
    public async Task Inside_a_batch_letting_go_does_nothing_and_the_batch_writes_everything()
    {
        var (context, store) = StoreFixture.Create();
        using (store.BeginBatch())
        {
            await store.CommitIngestAsync(Report(store, 1), s_none);
            await store.ReleaseImportMemoryAsync(s_none);
            await store.CommitIngestAsync(Report(store, 2), s_none);
            Assert.True(context.View.Held > 0);
        }

        var halvorsen = Assert.Single(await store.FindActorsByKeysAsync([ActorKeys.Fold("Halvorsen")], s_none));
        Assert.Equal(2, halvorsen.ArticleCount);
    }

    [Fact]
    public async Task A_sketch_handed_out_stays_as_it_was_when_its_actor_is_written_again()
    {
        var (_, store) = StoreFixture.Create();
        await store.CommitIngestAsync(Report(store, 1), s_none);
        var before = Assert.Single(await store.FindActorCandidatesAsync([ActorKeys.Fold("Halvorsen")], s_none));

        // Written again with a new alias and a new role, and a third time with the same names and roles.
        var again = Report(store, 2);
        var halvorsen = again.Actors[0];
        halvorsen.Aliases.Add("Halvorsen");
        halvorsen.Roles.Add(new ActorRole { Title = "Deputy Prime Minister", Country = "Norway", Evidence = "Deputy Prime Minister Halvorsen." });
        await store.CommitIngestAsync(again, s_none);
        var after = Assert.Single(await store.FindActorCandidatesAsync([ActorKeys.Fold("Halvorsen")], s_none));
        await store.CommitIngestAsync(Report(store, 3), s_none);
        var latest = Assert.Single(await store.FindActorCandidatesAsync([ActorKeys.Fold("Halvorsen")], s_none));

        Assert.Equal(["Ingrid Halvorsen"], before.Aliases);
        Assert.Equal(["Foreign Minister"], before.Roles.Select(r => r.Title));
        Assert.Equal(1, before.ArticleCount);
        Assert.Equal(["Ingrid Halvorsen", "Halvorsen"], after.Aliases);
        Assert.Equal(["Foreign Minister", "Deputy Prime Minister"], after.Roles.Select(r => r.Title));
        Assert.Equal(2, after.ArticleCount);
        Assert.Equal(["Ingrid Halvorsen", "Halvorsen"], latest.Aliases);
        Assert.Equal(["Foreign Minister", "Deputy Prime Minister"], latest.Roles.Select(r => r.Title));
        Assert.Equal((3, 1), (latest.ArticleCount, latest.MeetingIds.Count));
        Assert.Equal(latest.MeetingIds, (await store.GetActorAsync(latest.Id, s_none))!.MeetingIds);
    }

    [Fact]
    public async Task A_document_taken_to_change_and_not_written_back_keeps_its_batch_from_committing()
    {
        var (_, store) = StoreFixture.Create();
        await store.CommitIngestAsync(Report(store, 1), s_none);
        var id = Assert.Single(await store.FindActorsByKeysAsync([ActorKeys.Fold("Halvorsen")], s_none)).Id;
        var meetingId = Assert.Single(await store.FindMeetingCandidatesAsync([id], null, new DateOnly(2026, 3, 2), s_none)).Id;

        // An article fails halfway: it took Halvorsen to change, changed her, and never wrote her.
        var batch = store.BeginBatch();
        await store.CommitIngestAsync(Report(store, 2), s_none);
        var taken = (await store.GetActorToChangeAsync(id, s_none))!;
        taken.Name = "Half Changed";
        taken.ArticleIds.Add(0);
        Assert.Throws<InvalidOperationException>(batch.Dispose);

        // Nothing of that batch is stored, the half-made change least of all; the same with a meeting.
        var halvorsen = Assert.Single(await store.FindActorsByKeysAsync([ActorKeys.Fold("Halvorsen")], s_none));
        Assert.Equal(("Ingrid Halvorsen", 1, 1), (halvorsen.Name, halvorsen.ArticleCount, halvorsen.ArticleIds.Count));
        Assert.Empty(await store.FindActorsByKeysAsync([ActorKeys.Fold("Delegate2")], s_none));
        batch = store.BeginBatch();
        (await store.GetMeetingToChangeAsync(meetingId, s_none))!.Reports.Clear();
        Assert.Throws<InvalidOperationException>(batch.Dispose);
        Assert.Single(Assert.Single(await store.GetMeetingsAsync([meetingId], s_none)).Reports);

        // The store goes on: the next batch commits.
        using (store.BeginBatch())
        {
            await store.CommitIngestAsync(Report(store, 3), s_none);
        }

        halvorsen = Assert.Single(await store.FindActorsByKeysAsync([ActorKeys.Fold("Halvorsen")], s_none));
        Assert.Equal(("Ingrid Halvorsen", 2), (halvorsen.Name, halvorsen.ArticleCount));
    }

    [Fact]
    public async Task A_single_writes_objects_stay_as_written_when_a_later_batch_changes_their_documents()
    {
        var (_, store) = StoreFixture.Create();
        var first = Report(store, 1);
        await store.CommitIngestAsync(first, s_none);
        // What the single write's caller keeps (its result names these).
        var (written, writtenMeeting) = (first.Actors[0], first.Meetings[0]);

        using (store.BeginBatch())
        {
            // The ingestor's way: taken to change, changed, written back in the same article.
            var halvorsen = (await store.GetActorToChangeAsync(written.Id, s_none))!;
            var meeting = (await store.GetMeetingToChangeAsync(writtenMeeting.Id, s_none))!;
            Assert.NotSame(written, halvorsen);
            Assert.NotSame(writtenMeeting, meeting);
            halvorsen.ArticleIds.Add(0);
            meeting.ArticleIds.Add(0);
            meeting.Reports.Add(new MeetingReport { Status = MeetingStatus.Held, Evidence = "Talks again.", Published = new DateOnly(2026, 3, 3) });
            var body = Body(2);
            var article = new Article { Title = body[..12], Body = body, ContentHash = ContentHash.Of(body), IngestedAt = DateTimeOffset.UnixEpoch };
            await store.CommitIngestAsync(new IngestBatch(article, [halvorsen], [meeting], new Dictionary<Meeting, IReadOnlyList<Actor>> { [meeting] = [halvorsen] }), s_none);
        }

        Assert.Equal((1, 1), (written.ArticleCount, written.ArticleIds.Count));
        Assert.Single(writtenMeeting.Reports);
        var stored = Assert.Single(await store.FindActorsByKeysAsync([ActorKeys.Fold("Halvorsen")], s_none));
        Assert.Equal((2, 2), (stored.ArticleCount, stored.ArticleIds.Count));
        Assert.Equal(2, Assert.Single(await store.GetMeetingsAsync([writtenMeeting.Id], s_none)).Reports.Count);
    }

    private static string Body(int i) => $"Report {i}: Halvorsen held talks with delegate {i} in Bergen.";

    // Ingrid Halvorsen, Foreign Minister of Norway, in talks with a new delegate in each report: one meeting, reported again.
    private static IngestBatch Report(IKnowledgeStore store, int i)
    {
        var halvorsen = store.FindActorsByKeysAsync([ActorKeys.Fold("Halvorsen")], s_none).Result.SingleOrDefault()
            ?? new Actor { Kind = ActorKind.Person, Name = "Ingrid Halvorsen", Aliases = ["Ingrid Halvorsen"], Keys = [ActorKeys.Fold("Halvorsen")], Country = "Norway", FirstSeen = DateTimeOffset.UnixEpoch };
        halvorsen.ArticleIds.Add(0);
        halvorsen.Roles.Add(new ActorRole { Title = "Foreign Minister", Country = "Norway", Evidence = $"Foreign Minister Ingrid Halvorsen, report {i}." });
        var delegate_ = new Actor { Kind = ActorKind.Person, Name = $"Delegate{i}", Aliases = [$"Delegate{i}"], Keys = [ActorKeys.Fold($"Delegate{i}")], ArticleIds = [0] };
        var known = store.FindMeetingCandidatesAsync(halvorsen.Id == 0 ? [] : [halvorsen.Id], null, new DateOnly(2026, 3, 2), s_none).Result.SingleOrDefault();
        var meeting = known is null
            ? new Meeting { Kind = MeetingKind.Talks, Status = MeetingStatus.Held, Location = "Bergen" }
            : store.GetMeetingAsync(known.Id, s_none).Result!;
        meeting.ArticleIds.Add(0);
        meeting.Reports.Add(new MeetingReport { Status = MeetingStatus.Held, Evidence = $"They held talks, report {i} says.", Published = new DateOnly(2026, 3, 2) });
        var participants = store.GetActorsAsync(meeting.ParticipantIds, s_none).Result.Where(a => a.Id != halvorsen.Id).Append(halvorsen).Append(delegate_).ToList();
        var body = Body(i);
        var article = new Article { Title = body[..12], Body = body, ContentHash = ContentHash.Of(body), IngestedAt = DateTimeOffset.UnixEpoch };
        return new IngestBatch(article, [halvorsen, delegate_], [meeting], new Dictionary<Meeting, IReadOnlyList<Actor>> { [meeting] = participants });
    }
}
