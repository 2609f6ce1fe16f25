using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Meetings;
using BriefingBot.Core.Storage;
using LiteDB;

namespace BriefingBot.Storage.Tests;

/// <summary>
/// An actor named in many articles and meetings: what it keeps stays small (counts, the newest articles and
/// meetings, one entry per role), yet every figure a user sees stays right, also after a removal.
/// </summary>
public sealed class BusyActorTests
{
    private static readonly CancellationToken s_none = CancellationToken.None;

    [Fact]
    public async Task A_busy_actor_keeps_counts_its_newest_articles_and_one_entry_per_role()
    {
        var (context, store) = StoreFixture.Create();
        using var _ = context;
        var ids = new List<int>();
        for (var i = 0; i < 30; i++)
        {
            ids.Add(await store.CommitIngestAsync(Report(store, i, withMeeting: true), s_none));
        }

        var sokolova = await SokolovaAsync(store);
        Assert.Equal(30, sokolova.ArticleCount);
        Assert.Equal(ids.TakeLast(Actor.RecentLimit), sokolova.ArticleIds);
        var role = Assert.Single(sokolova.Roles);
        Assert.Equal(("Foreign Minister", "Moldova", 30, ids[^1]), (role.Title, role.Country, role.Count, role.ArticleId));
        Assert.Equal("Foreign Minister Irina Sokolova spoke in report 29.", role.Evidence);
        Assert.Equal(30, sokolova.MeetingCount);
        Assert.Equal(30, sokolova.MeetingIds.Count);

        // Each article keeps its own statement, so nothing of the record is lost.
        var first = await store.GetArticleAsync(ids[0], s_none);
        Assert.Equal("Foreign Minister Irina Sokolova spoke in report 0.", Assert.Single(first!.Roles).Evidence);
    }

    [Fact]
    public async Task The_actor_document_stops_growing_with_its_articles()
    {
        var (context, store) = StoreFixture.Create();
        using var _ = context;
        for (var i = 0; i < 60; i++)
        {
            await store.CommitIngestAsync(Report(store, i, withMeeting: true), s_none);
        }

        var at60 = BsonSize(context, await SokolovaAsync(store));
        for (var i = 60; i < 240; i++)
        {
            await store.CommitIngestAsync(Report(store, i, withMeeting: true), s_none);
        }

        var sokolova = await SokolovaAsync(store);
        Assert.Equal(240, sokolova.ArticleCount);
        Assert.Equal(240, sokolova.MeetingCount);
        Assert.Equal(Actor.RecentMeetingLimit, sokolova.MeetingIds.Count);
        Assert.InRange(BsonSize(context, sokolova), 0, at60 + 64);
    }

    [Fact]
    public async Task Removing_the_newest_report_hands_the_role_sentence_to_the_one_before()
    {
        var (context, store) = StoreFixture.Create();
        using var _ = context;
        var ids = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await store.CommitIngestAsync(Report(store, i, withMeeting: i == 2), s_none));
        }

        Assert.True(await store.RemoveArticleAsync(ids[2], s_none));

        var sokolova = await SokolovaAsync(store);
        var role = Assert.Single(sokolova.Roles);
        Assert.Equal((2, ids[1]), (role.Count, role.ArticleId));
        Assert.Equal("Foreign Minister Irina Sokolova spoke in report 1.", role.Evidence);
        Assert.Equal(2, sokolova.ArticleCount);
        Assert.Equal(ids.Take(2), sokolova.ArticleIds);
        Assert.Equal(0, sokolova.MeetingCount);
        Assert.Empty(sokolova.MeetingIds);
    }

    [Fact]
    public async Task An_id_is_never_given_twice_even_after_the_newest_article_is_removed_and_the_file_reopened()
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefingbot-ids-{Guid.NewGuid():N}.db");
        try
        {
            int removed;
            using (var context = LiteDbContext.OpenFile(path))
            {
                var store = new LiteDbKnowledgeStore(context);
                await store.CommitIngestAsync(Report(store, 0, withMeeting: false), s_none);
                removed = await store.CommitIngestAsync(Report(store, 1, withMeeting: false), s_none);
                Assert.True(await store.RemoveArticleAsync(removed, s_none));
            }

            using (var context = LiteDbContext.OpenFile(path))
            {
                var store = new LiteDbKnowledgeStore(context);
                var next = await store.CommitIngestAsync(Report(store, 2, withMeeting: false), s_none);
                Assert.True(next > removed, $"id {next} was given again after {removed} was removed");
                Assert.Empty(await store.SearchArticlesAsync(["alpha1"], 10, s_none));
                Assert.Single(await store.SearchArticlesAsync(["alpha2"], 10, s_none));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_committed_article_is_in_the_files_the_moment_the_commit_returns()
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefingbot-kill-{Guid.NewGuid():N}.db");
        var copy = Path.ChangeExtension(path, ".copy.db");
        try
        {
            using var context = LiteDbContext.OpenFile(path);
            var store = new LiteDbKnowledgeStore(context);
            var id = await store.CommitIngestAsync(Report(store, 0, withMeeting: true), s_none);

            // What a process killed right now leaves behind: the data file and its log as the system has them.
            File.Copy(path, copy);
            File.Copy(LiteDbContext.LogPathFor(path), LiteDbContext.LogPathFor(copy));
            using var reopened = LiteDbContext.OpenFile(copy);
            var article = await new LiteDbKnowledgeStore(reopened).GetArticleAsync(id, s_none);
            Assert.Equal("Report 0: Sokolova met envoy 0 in Chisinau (file alpha0).", article?.Body);
        }
        finally
        {
            foreach (var file in new[] { path, copy, LiteDbContext.LogPathFor(path), LiteDbContext.LogPathFor(copy) })
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public async Task An_index_built_in_the_background_while_a_batch_is_open_does_not_stall_the_batch()
    {
        // The build waits for the data file while the batch's transaction holds it; it must not hold the index's own
        // lock meanwhile, or the batch, reading candidates from the index, waits for it in turn (a minute, then fails).
        using var file = new TempDataFile("gate");
        var path = file.Path;
        using (var first = LiteDbContext.OpenFile(path))
        {
            var seed = new LiteDbKnowledgeStore(first);
            await seed.CommitIngestAsync(Report(seed, 1, withMeeting: true), s_none);
        }

        using var context = LiteDbContext.OpenFile(path);
        var store = new LiteDbKnowledgeStore(context);
        Task warming;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using (store.BeginBatch())
        {
            warming = Task.Factory.StartNew(() => context.ActorIndex.Warm(context.Database), TaskCreationOptions.LongRunning);
            Thread.Sleep(300);
            var candidates = await store.FindActorCandidatesAsync([ActorKeys.Fold("Sokolova")], s_none);
            await store.CommitIngestAsync(Report(store, 2, withMeeting: true), s_none);
            Assert.Equal("Irina Sokolova", Assert.Single(candidates).Name);
        }

        await warming.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(20));
        Assert.Equal(2, (await store.FindActorsByKeysAsync([ActorKeys.Fold("Sokolova")], s_none)).Single().ArticleCount);
    }

    [Fact]
    public async Task Commands_reading_while_batches_are_written_see_whole_batches_and_never_fail()
    {
        // What the bot does when a chat asks while moderators ingest: readers on other threads, a writer committing
        // batches of five. LiteDB 5.0.20 alone breaks under this; through the store's gate every read sees the file
        // between two commits.
        using var file = new TempDataFile("readers");
        var path = file.Path;
        using var context = LiteDbContext.OpenFile(path);
        var store = new LiteDbKnowledgeStore(context);
        using var stop = new CancellationTokenSource();
        var seen = new List<int>();
        var readers = Enumerable.Range(0, 2).Select(r => Task.Factory.StartNew(
            () =>
            {
                var counts = new List<int>();
                while (!stop.IsCancellationRequested)
                {
                    var count = store.CountArticlesAsync(s_none).Result;
                    var sokolova = store.FindActorsByKeysAsync([ActorKeys.Fold("Sokolova")], s_none).Result.SingleOrDefault();
                    Assert.True(sokolova is null || sokolova.ArticleCount >= count - 5, $"Sokolova is in {sokolova?.ArticleCount} of {count} articles.");
                    var found = store.SearchArticlesAsync(["chisinau"], 1, s_none).Result;
                    Assert.True(count == 0 || found.Count == 1, $"{count} articles stored, none found by /search.");
                    counts.Add(count);
                }

                return counts;
            },
            TaskCreationOptions.LongRunning)).ToList();

        for (var batch = 0; batch < 40; batch++)
        {
            using (store.BeginBatch())
            {
                for (var i = 0; i < 5; i++)
                {
                    await store.CommitIngestAsync(Report(store, (batch * 5) + i, withMeeting: i == 0), s_none);
                }
            }
        }

        await stop.CancelAsync();
        foreach (var reader in readers)
        {
            seen.AddRange(await reader.WaitAsync(TimeSpan.FromSeconds(30)));
        }

        Assert.NotEmpty(seen);
        Assert.All(seen, count => Assert.Equal(0, count % 5));
        Assert.Equal(200, await store.CountArticlesAsync(s_none));
        Assert.Equal(200, (await store.FindActorsByKeysAsync([ActorKeys.Fold("Sokolova")], s_none)).Single().ArticleCount);
    }

    [Fact]
    public async Task A_committed_batch_is_whole_in_the_files_the_moment_its_scope_ends()
    {
        // LiteDB's commit hands the pages to a writer thread and returns; a big batch leaves many still queued.
        var path = Path.Combine(Path.GetTempPath(), $"briefingbot-batch-kill-{Guid.NewGuid():N}.db");
        var copy = Path.ChangeExtension(path, ".copy.db");
        try
        {
            using var context = LiteDbContext.OpenFile(path);
            var store = new LiteDbKnowledgeStore(context);
            var ids = new List<int>();
            using (store.BeginBatch())
            {
                for (var i = 0; i < 300; i++)
                {
                    var report = Report(store, i, withMeeting: true);
                    report.Article.Body += " " + string.Join(' ', Enumerable.Range(0, 400).Select(w => $"word{i}x{w}"));
                    ids.Add(await store.CommitIngestAsync(report, s_none));
                }
            }

            File.Copy(path, copy);
            File.Copy(LiteDbContext.LogPathFor(path), LiteDbContext.LogPathFor(copy));
            using var reopened = LiteDbContext.OpenFile(copy);
            var again = new LiteDbKnowledgeStore(reopened);
            Assert.Equal(300, await again.CountArticlesAsync(s_none));
            Assert.NotNull(await again.GetArticleAsync(ids[^1], s_none));
            var sokolova = Assert.Single(await again.FindActorsByKeysAsync([ActorKeys.Fold("Sokolova")], s_none));
            Assert.Equal(300, sokolova.ArticleCount);
        }
        finally
        {
            foreach (var file in new[] { path, copy, LiteDbContext.LogPathFor(path), LiteDbContext.LogPathFor(copy) })
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public async Task A_log_left_by_a_deleted_data_file_is_set_aside_not_applied_to_a_new_one()
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefingbot-orphan-{Guid.NewGuid():N}.db");
        try
        {
            using (var first = LiteDbContext.OpenFile(path))
            {
                await new LiteDbKnowledgeStore(first).CommitIngestAsync(Report(new LiteDbKnowledgeStore(first), 0, withMeeting: true), s_none);
                // A kill leaves the log behind; then someone deletes the data file and starts afresh.
                File.Copy(LiteDbContext.LogPathFor(path), path + ".log-copy");
            }

            File.Delete(path);
            File.Move(path + ".log-copy", LiteDbContext.LogPathFor(path));

            using var fresh = LiteDbContext.OpenFile(path);
            var store = new LiteDbKnowledgeStore(fresh);
            Assert.Equal(0, await store.CountArticlesAsync(s_none));
            await store.CommitIngestAsync(Report(store, 1, withMeeting: true), s_none);
            Assert.Equal(1, await store.CountArticlesAsync(s_none));
            Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(LiteDbContext.LogPathFor(path)) + ".orphaned-*"));
        }
        finally
        {
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public async Task A_much_reported_meeting_keeps_its_newest_reports_and_counts_them_all()
    {
        var (context, store) = StoreFixture.Create();
        using var _ = context;
        var first = Report(store, 0, withMeeting: true);
        await store.CommitIngestAsync(first, s_none);
        var meetingId = first.Meetings[0].Id;
        var ids = new List<int> { first.Article.Id };
        for (var i = 1; i < 60; i++)
        {
            var meeting = (await store.GetMeetingAsync(meetingId, s_none))!;
            meeting.ArticleIds.Add(0);
            meeting.Status = i == 59 ? MeetingStatus.Postponed : MeetingStatus.Held;
            meeting.Reports.Add(new MeetingReport { Status = meeting.Status, Published = new DateOnly(2026, 1, 1).AddDays(i), Evidence = $"Report {i} on the talks." });
            ids.Add(await store.CommitIngestAsync(new IngestBatch(Article($"Report {i} on the Chisinau talks."), [], [meeting], new Dictionary<Meeting, IReadOnlyList<Actor>>()), s_none));
        }

        var saved = (await store.GetMeetingAsync(meetingId, s_none))!;
        Assert.Equal(60, saved.ReportCount);
        Assert.Equal(Meeting.RecentReportLimit, saved.Reports.Count);
        Assert.Equal(ids.TakeLast(Meeting.RecentReportLimit), saved.ArticleIds);
        Assert.Equal(MeetingStatus.Postponed, saved.Status);

        // Removing the newest report gives the meeting back what the one before said; it is still reported 59 times.
        Assert.True(await store.RemoveArticleAsync(ids[^1], s_none));
        saved = (await store.GetMeetingAsync(meetingId, s_none))!;
        Assert.Equal((59, MeetingStatus.Held), (saved.ReportCount, saved.Status));
    }

    [Fact]
    public async Task Meetings_of_a_status_come_newest_first_and_follow_a_change_of_status()
    {
        var (context, store) = StoreFixture.Create();
        using var _ = context;
        var meetings = new List<Meeting>();
        for (var i = 0; i < 6; i++)
        {
            var batch = Report(store, i, withMeeting: true, status: i % 2 == 0 ? MeetingStatus.Planned : MeetingStatus.Held);
            await store.CommitIngestAsync(batch, s_none);
            meetings.Add(batch.Meetings[0]);
        }

        var changed = meetings[4];
        changed.Status = MeetingStatus.Cancelled;
        await store.CommitIngestAsync(new IngestBatch(Article("A later report cancels the visit."), [], [changed], new Dictionary<Meeting, IReadOnlyList<Actor>>()), s_none);

        var planned = await store.FindMeetingsByStatusAsync(MeetingStatus.Planned, 10, s_none);
        var cancelled = await store.FindMeetingsByStatusAsync(MeetingStatus.Cancelled, 10, s_none);
        Assert.Equal([meetings[2].Id, meetings[0].Id], planned.Select(m => m.Id));
        Assert.Equal(changed.Id, Assert.Single(cancelled).Id);
        Assert.Equal([meetings[5].Id, meetings[3].Id], (await store.FindMeetingsByStatusAsync(MeetingStatus.Held, 2, s_none)).Select(m => m.Id));
    }

    private static async Task<Actor> SokolovaAsync(IKnowledgeStore store) =>
        Assert.Single(await store.FindActorsByKeysAsync([ActorKeys.Fold("Sokolova")], s_none));

    private static int BsonSize(LiteDbContext context, Actor actor) => BsonSerializer.Serialize(context.Database.Mapper.ToDocument(actor)).Length;

    // Report i: Irina Sokolova, Moldova's foreign minister, meets a different counterpart each time.
    private static IngestBatch Report(IKnowledgeStore store, int i, bool withMeeting, MeetingStatus status = MeetingStatus.Held)
    {
        var sokolova = store.FindActorsByKeysAsync([ActorKeys.Fold("Sokolova")], s_none).Result.SingleOrDefault()
            ?? new Actor { Kind = ActorKind.Person, Name = "Irina Sokolova", Aliases = ["Irina Sokolova"], Keys = [ActorKeys.Fold("Sokolova")], Country = "Moldova" };
        sokolova.ArticleIds.Add(0);
        sokolova.Roles.Add(new ActorRole { Title = "Foreign Minister", Country = "Moldova", Evidence = $"Foreign Minister Irina Sokolova spoke in report {i}." });
        var counterpart = new Actor { Kind = ActorKind.Person, Name = $"Envoy Number{i}", Aliases = [$"Envoy Number{i}"], Keys = [$"number{i}"], ArticleIds = [0] };
        var article = Article($"Report {i}: Sokolova met envoy {i} in Chisinau (file alpha{i}).");
        if (!withMeeting)
        {
            return new IngestBatch(article, [sokolova, counterpart], [], new Dictionary<Meeting, IReadOnlyList<Actor>>());
        }

        var meeting = new Meeting { Kind = MeetingKind.Talks, Status = status, Location = "Chisinau", ArticleIds = [0], Reports = [new MeetingReport { Status = status, Evidence = $"They met, report {i} says." }] };
        return new IngestBatch(article, [sokolova, counterpart], [meeting], new Dictionary<Meeting, IReadOnlyList<Actor>> { [meeting] = [sokolova, counterpart] });
    }

    private static Article Article(string body) =>
        new() { Title = body[..12], Body = body, ContentHash = ContentHash.Of(body), IngestedAt = DateTimeOffset.UnixEpoch };
}
