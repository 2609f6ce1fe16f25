using System.Diagnostics;
using BriefingBot.Benchmarks;

namespace BriefingBot.Tests.Benchmarks;

[Collection(AloneInProcess.Name)]
public sealed class ThreadTimesTests
{
    [Fact]
    public void A_stat_line_gives_the_thread_name_and_its_user_and_system_ticks()
    {
        // A name may hold spaces and brackets; utime and stime are the 14th and 15th fields.
        const string stat = "4242 (.NET TP (Worker)) S 1 4242 4242 0 -1 4194368 1520 0 0 0 731 46 0 0 20 0 31 0 123 0 0";

        Assert.True(ThreadTimes.TryParse(stat, out var name, out var ticks));

        Assert.Equal(".NET TP (Worker)", name);
        Assert.Equal(777, ticks);
    }

    [Theory]
    [InlineData("4242 no brackets S 1 2 3")]
    [InlineData("4242 (short) S 1 2 3")]
    [InlineData("4242 (bad) S 1 2 3 4 5 6 7 8 9 10 x 12 13")]
    public void A_line_that_is_not_a_stat_line_is_refused(string stat) =>
        Assert.False(ThreadTimes.TryParse(stat, out _, out _));

    [Theory]
    [InlineData("ingest-extract-", "extraction")]
    [InlineData("ingest-batches", "writer")]
    [InlineData(".NET Server GC", "collector")]
    [InlineData(".NET BGC", "collector")]
    [InlineData(".NET Tiered Com", "compiler")]
    [InlineData(".NET TP Worker", "pool")]
    [InlineData("BriefingBot", "other")]
    public void Threads_are_told_apart_by_the_names_the_kernel_keeps(string name, string kind) =>
        Assert.Equal(kind, ThreadTimes.KindOf(name));

    [Fact]
    public void Time_between_two_readings_goes_to_the_kind_of_each_thread_and_a_new_thread_counts_from_zero()
    {
        var before = new Dictionary<int, (string, long)> { [1] = ("ingest-batches", 100), [2] = (".NET Server GC", 40) };
        var after = new Dictionary<int, (string, long)> { [1] = ("ingest-batches", 160), [2] = (".NET Server GC", 45), [3] = (".NET Server GC", 20) };

        var seconds = ThreadTimes.Between(before, after);

        Assert.Equal(0.6, seconds["writer"], 6);
        Assert.Equal(0.25, seconds["collector"], 6);
        Assert.False(seconds.ContainsKey("extraction"));
    }

    [Fact]
    public void A_thread_that_worked_and_ended_is_counted_as_last_read()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var times = ThreadTimes.Start();
        using var spun = new ManualResetEventSlim();
        using var end = new ManualResetEventSlim();
        var worker = new Thread(() =>
        {
            var spin = Stopwatch.StartNew();
            var x = 0UL;
            while (spin.ElapsedMilliseconds < 600)
            {
                x = (x * 31) + 7;
            }

            GC.KeepAlive(x);
            spun.Set();
            end.Wait();
        })
        { Name = "ingest-extract-9" };
        worker.Start();
        spun.Wait();
        times.Mark();
        end.Set();
        worker.Join();

        var seconds = times.Stop();

        // The kernel counts in hundredths of a second; on a busy machine the thread may not have had the core throughout.
        Assert.InRange(seconds.GetValueOrDefault("extraction"), 0.2, 0.7);
    }
}
