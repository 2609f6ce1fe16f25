using LiteDB;
using LiteDB.Engine;

namespace BriefingBot.Storage.Tests;

/// <summary>
/// LiteDB 5.0.20 breaks when one thread reads while another writes, so the store's engine lets reads run together
/// and a write, or a whole transaction, run alone: what another thread reads waits for the commit and then sees it.
/// </summary>
public sealed class GatedEngineTests : IDisposable
{
    private static readonly TimeSpan s_blocked = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(20);

    private readonly LiteDatabase _db = new(new GatedEngine(new LiteEngine(new EngineSettings { DataStream = new MemoryStream() })));

    private ILiteCollection<BsonDocument> Docs => _db.GetCollection("docs");

    [Fact]
    public async Task A_read_on_another_thread_waits_for_an_open_transaction_then_sees_what_it_committed()
    {
        Docs.Insert(new BsonDocument { ["_id"] = 1, ["v"] = "old" });

        _db.BeginTrans();
        Docs.Update(new BsonDocument { ["_id"] = 1, ["v"] = "new" });
        using var readDone = new ManualResetEventSlim();
        var read = Run(() => Docs.FindById(1)["v"].AsString, readDone);

        // Waited for with an event, not the task: the transaction stays on this thread.
        Assert.False(readDone.Wait(s_blocked));
        // The transaction's own thread reads on, and sees its write.
        Assert.Equal("new", Docs.FindById(1)["v"].AsString);
        _db.Commit();
        Assert.Equal("new", await read.WaitAsync(s_patience));
    }

    [Fact]
    public async Task A_write_waits_for_a_query_another_thread_is_reading_until_it_ends()
    {
        Docs.Insert([new BsonDocument { ["_id"] = 1 }, new BsonDocument { ["_id"] = 2 }]);
        using var finish = new ManualResetEventSlim();
        var reader = HoldAQueryOpen(finish);

        using var writeDone = new ManualResetEventSlim();
        var write = Run(() => Docs.Insert(new BsonDocument { ["_id"] = 3 }), writeDone);

        Assert.False(writeDone.Wait(s_blocked));
        finish.Set();
        await reader.WaitAsync(s_patience);
        await write.WaitAsync(s_patience);
        Assert.Equal(3, Docs.Count());
    }

    [Fact]
    public async Task Queries_on_two_threads_run_together()
    {
        Docs.Insert([new BsonDocument { ["_id"] = 1 }, new BsonDocument { ["_id"] = 2 }]);
        using var finish = new ManualResetEventSlim();
        var first = HoldAQueryOpen(finish);

        var second = Task.Factory.StartNew(() => Docs.FindById(2), TaskCreationOptions.LongRunning);

        Assert.NotNull(await second.WaitAsync(s_patience));
        finish.Set();
        await first.WaitAsync(s_patience);
    }

    [Fact]
    public async Task A_reader_gets_in_between_transactions_a_busy_writer_runs_back_to_back()
    {
        using var writing = new ManualResetEventSlim();
        using var writerDone = new ManualResetEventSlim();
        var writer = Run(
            () =>
            {
                for (var i = 0; i < 150; i++)
                {
                    _db.BeginTrans();
                    Docs.Insert(new BsonDocument { ["_id"] = i + 1 });
                    writing.Set();
                    Thread.Sleep(20);
                    _db.Commit();
                }

                return 0;
            },
            writerDone);
        Assert.True(writing.Wait(s_patience));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var readDone = new ManualResetEventSlim();
        var read = Run(() => Docs.Count(), readDone);

        // Three seconds of transactions; the read waits for one of them, not for all.
        Assert.True(readDone.Wait(TimeSpan.FromSeconds(1.5)), $"The read waited {watch.ElapsedMilliseconds} ms.");
        Assert.False(writerDone.IsSet);
        Assert.InRange(await read, 1, 149);
        await writer.WaitAsync(s_patience);
    }

    [Fact]
    public async Task A_failed_write_in_a_transaction_rolls_back_and_frees_the_gate()
    {
        Docs.EnsureIndex("v", "$.v", unique: true);
        Docs.Insert(new BsonDocument { ["_id"] = 1, ["v"] = "a" });

        _db.BeginTrans();
        Docs.Insert(new BsonDocument { ["_id"] = 2, ["v"] = "b" });
        Assert.Throws<LiteException>(() => Docs.Insert(new BsonDocument { ["_id"] = 3, ["v"] = "a" }));
        _db.Rollback();

        var count = await Task.Factory.StartNew(() => Docs.Count(), TaskCreationOptions.LongRunning).WaitAsync(s_patience);
        Assert.Equal(1, count);
    }

    public void Dispose() => _db.Dispose();

    // On a thread of its own: a query read to its first row and left open until `finish` is set.
    private Task HoldAQueryOpen(ManualResetEventSlim finish)
    {
        using var reading = new ManualResetEventSlim();
        var holder = Task.Factory.StartNew(
            () =>
            {
                using var rows = Docs.FindAll().GetEnumerator();
                rows.MoveNext();
                reading.Set();
                finish.Wait(s_patience);
            },
            TaskCreationOptions.LongRunning);
        Assert.True(reading.Wait(s_patience));
        return holder;
    }

    // On a thread of its own, signalling when it is done.
    private static Task<T> Run<T>(Func<T> work, ManualResetEventSlim done) =>
        Task.Factory.StartNew(
            () =>
            {
                try
                {
                    return work();
                }
                finally
                {
                    done.Set();
                }
            },
            TaskCreationOptions.LongRunning);
}
