using BriefingBot.Core.Chat;
using BriefingBot.Core.Digests;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Testing;

namespace BriefingBot.Storage.Tests.Digests;

public sealed class BatchTests
{
    // Monday 7 March 2022; the digests are due at 08:00.
    private static readonly DateTimeOffset s_monday = new(2022, 3, 7, 7, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_run = s_monday.AddHours(1);

    [Fact]
    public async Task A_batch_gives_each_subscription_the_stories_of_its_topic_in_one_transaction()
    {
        using var rig = new DigestRig(s_monday);
        var everything = await rig.SubscribeAsync();
        var lavrov = await rig.SubscribeAsync(topic: "Lavrov");
        var blackSea = await rig.SubscribeAsync(topic: "black sea");
        var cavusoglu = await rig.SubscribeAsync(topic: "Cavusoglu");
        var mars = await rig.SubscribeAsync(topic: "Mars");
        await rig.AddArticleAsync("Lavrov heads to Antalya", "The minister travels on Wednesday.", actors: "Sergei Lavrov");
        await rig.AddArticleAsync("Grain insurance costs triple", "Shipping firms on the Black Sea pay more.", actors: "Oleksandr Kubrakov");
        await rig.AddArticleAsync("Ankara offers to host talks", "The Turkish foreign minister spoke to both sides.", actors: "Mevlüt Çavuşoğlu");
        rig.Clock.Now = s_run;
        var outbox = new RecordingOutbox(rig.Outbox);

        var written = await rig.ProducerWith(outbox).RunDueAsync(
            [.. new[] { everything, lavrov, blackSea, cavusoglu, mars }.Select(s => new DigestRequest(s.Id, s_run))],
            default);

        Assert.Equal([5], outbox.Batches);
        Assert.Equal(4, written.Count);
        var text = await TextsAsync(rig);
        Assert.Contains("Lavrov heads to Antalya", text[everything.Id], StringComparison.Ordinal);
        Assert.Contains("Grain insurance costs triple", text[everything.Id], StringComparison.Ordinal);
        Assert.Contains("Ankara offers to host talks", text[everything.Id], StringComparison.Ordinal);
        Assert.StartsWith("Briefing digest: Lavrov\n", text[lavrov.Id], StringComparison.Ordinal);
        Assert.Contains("Lavrov heads to Antalya", text[lavrov.Id], StringComparison.Ordinal);
        Assert.DoesNotContain("Grain", text[lavrov.Id], StringComparison.Ordinal);
        Assert.Contains("Grain insurance costs triple", text[blackSea.Id], StringComparison.Ordinal);
        Assert.DoesNotContain("Lavrov", text[blackSea.Id], StringComparison.Ordinal);
        Assert.Contains("Ankara offers to host talks", text[cavusoglu.Id], StringComparison.Ordinal);
        Assert.Contains("Mevlüt Çavuşoğlu (1 article)", text[cavusoglu.Id], StringComparison.Ordinal);
        Assert.DoesNotContain(mars.Id, text.Keys);
        Assert.Equal(s_run, (await rig.Subscriptions.GetAsync(mars.Id, default))!.LastRunAt);
    }

    [Fact]
    public async Task A_run_already_recorded_is_skipped_in_a_batch_and_the_others_are_written()
    {
        using var rig = new DigestRig(s_monday);
        var early = await rig.SubscribeAsync();
        var other = await rig.SubscribeAsync(topic: "Antalya");
        await rig.AddArticleAsync("Lavrov heads to Antalya", "The minister travels on Wednesday.");
        rig.Clock.Now = s_run;
        var first = await rig.Producer.RunDueAsync(early.Id, s_run, default);

        // The trigger's batch comes after start-up already handled one of them, and names it twice.
        var written = await rig.Producer.RunDueAsync(
            [new DigestRequest(early.Id, s_run), new DigestRequest(other.Id, s_run), new DigestRequest(early.Id, s_run)],
            default);

        Assert.NotNull(first);
        Assert.Equal(other.Id, Assert.Single(written).SubscriptionId);
        var rows = await rig.Outbox.ForChatAsync(DigestRig.Chat.Key, default);
        Assert.Equal([early.Id, other.Id], rows.Select(r => r.SubscriptionId).Order());
    }

    [Fact]
    public async Task Recording_a_batch_is_all_or_nothing_and_a_recorded_run_is_never_recorded_again()
    {
        using var rig = new DigestRig(s_run);
        var one = await rig.SubscribeAsync();
        var two = await rig.SubscribeAsync();
        var three = await rig.SubscribeAsync();

        // The second row cannot be stored: the failure comes after the first row was written in the transaction.
        var failing = await Record.ExceptionAsync(() => rig.Outbox.RecordRunsAsync(
            [Run(one.Id, Reply.Text("one")), Run(two.Id, new Reply([new UnstorableBlock()])), Run(three.Id, Reply.Text("three"))],
            default));

        Assert.NotNull(failing);
        Assert.Empty(await rig.Outbox.ForChatAsync(DigestRig.Chat.Key, default));
        Assert.All(await rig.Subscriptions.ForChatAsync(DigestRig.Chat.Key, default), s => Assert.Null(s.LastRunAt));

        var recorded = await rig.Outbox.RecordRunsAsync([Run(one.Id, Reply.Text("one")), Run(three.Id, Reply.Text("three"))], default);
        var again = await rig.Outbox.RecordRunsAsync([Run(one.Id, Reply.Text("one")), Run(two.Id, null)], default);

        Assert.Equal([true, true], recorded);
        Assert.Equal([false, true], again);
        Assert.Equal(2, (await rig.Outbox.ForChatAsync(DigestRig.Chat.Key, default)).Count);
    }

    [Fact]
    public async Task A_crash_before_the_batch_commits_loses_nothing_and_each_digest_is_sent_once_after_the_restart()
    {
        var rig = new DigestRig(s_monday);
        var subscriptions = new[] { await rig.SubscribeAsync(), await rig.SubscribeAsync(topic: "Lavrov"), await rig.SubscribeAsync(topic: "Kuleba") };
        await rig.AddArticleAsync("Lavrov and Kuleba to meet in Antalya", "The ministers will meet on Thursday.");
        rig.Clock.Now = s_run;
        var requests = subscriptions.Select(s => new DigestRequest(s.Id, s_run)).ToList();

        var crash = await Record.ExceptionAsync(() => rig.ProducerWith(new RecordingOutbox(rig.Outbox) { Crash = true }).RunDueAsync(requests, default));

        Assert.IsType<IOException>(crash);
        using var restarted = rig.Restart(s_run.AddMinutes(3));
        Assert.Empty(await restarted.Outbox.ForChatAsync(DigestRig.Chat.Key, default));
        var caughtUp = await restarted.Producer.RunDueAsync(requests, default);
        var again = await restarted.Producer.RunDueAsync(requests, default);
        var sent = await restarted.Dispatcher.DispatchDueAsync(default) + await restarted.Dispatcher.DispatchDueAsync(default);

        Assert.Equal(3, caughtUp.Count);
        Assert.Empty(again);
        Assert.Equal(3, sent);
        Assert.Equal(3, restarted.Outbound.Sent.Count);
        Assert.All(restarted.Outbound.Sent, s => Assert.Contains("Lavrov and Kuleba to meet in Antalya", s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_large_batch_is_recorded_a_hundred_runs_at_a_time_and_a_crash_between_them_loses_and_repeats_nothing()
    {
        var rig = new DigestRig(s_monday);
        var subscriptions = new List<Subscription>();
        for (var i = 0; i < 250; i++)
        {
            subscriptions.Add(await rig.SubscribeAsync(topic: i % 2 == 0 ? null : "Lavrov"));
        }

        await rig.AddArticleAsync("Lavrov heads to Antalya", "The minister travels on Wednesday.", actors: "Sergei Lavrov");
        rig.Clock.Now = s_run;
        var requests = subscriptions.Select(s => new DigestRequest(s.Id, s_run)).ToList();
        var outbox = new RecordingOutbox(rig.Outbox) { CrashFromBatch = 2 };

        var crash = await Record.ExceptionAsync(() => rig.ProducerWith(outbox).RunDueAsync(requests, default));

        // The first hundred committed before the second transaction failed: theirs are queued, the rest still due.
        Assert.IsType<IOException>(crash);
        Assert.Equal([100, 100], outbox.Batches);
        Assert.Equal(
            subscriptions.Take(100).Select(s => s.Id),
            (await rig.Outbox.ForChatAsync(DigestRig.Chat.Key, default)).Select(d => d.SubscriptionId).Order());
        using var restarted = rig.Restart(s_run.AddMinutes(3));
        var after = new RecordingOutbox(restarted.Outbox);
        var caughtUp = await restarted.ProducerWith(after).RunDueAsync(requests, default);
        var again = await restarted.ProducerWith(after).RunDueAsync(requests, default);

        Assert.Equal([100, 50], after.Batches);
        Assert.Equal(subscriptions.Skip(100).Select(s => s.Id), caughtUp.Select(d => d.SubscriptionId).Order());
        Assert.Empty(again);
        var rows = await restarted.Outbox.ForChatAsync(DigestRig.Chat.Key, default);
        Assert.Equal(subscriptions.Select(s => s.Id), rows.Select(d => d.SubscriptionId).Order());
        Assert.All(rows, d => Assert.Contains("Lavrov heads to Antalya", PlainTextRenderer.Render(d.Reply), StringComparison.Ordinal));
    }

    private static DigestRun Run(int subscriptionId, Reply? reply) => DigestRig.Run(subscriptionId, s_run, reply);

    private static async Task<Dictionary<int, string>> TextsAsync(DigestRig rig) =>
        (await rig.Outbox.ForChatAsync(DigestRig.Chat.Key, default)).ToDictionary(d => d.SubscriptionId, d => PlainTextRenderer.Render(d.Reply));

    /// <summary>A block the outbox does not know how to store.</summary>
    private sealed record UnstorableBlock : ReplyBlock;
}
