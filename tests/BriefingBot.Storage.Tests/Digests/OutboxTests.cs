using BriefingBot.Core.Chat;
using BriefingBot.Core.Digests;

namespace BriefingBot.Storage.Tests.Digests;

public sealed class OutboxTests
{
    // Monday 7 March 2022.
    private static readonly DateTimeOffset s_monday = new(2022, 3, 7, 7, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_mondayRun = s_monday.AddHours(1);

    [Fact]
    public async Task A_digest_composed_before_a_crash_is_sent_once_after_the_restart()
    {
        var rig = new DigestRig(s_monday);
        var subscription = await rig.SubscribeAsync();
        await rig.AddArticleAsync("Lavrov and Kuleba to meet in Antalya", "The ministers will meet on Thursday.", "Reuters", null, "Sergei Lavrov");
        rig.Clock.Now = s_mondayRun.AddSeconds(2);
        Assert.NotNull(await rig.Producer.RunDueAsync(subscription.Id, s_mondayRun, default));

        // Crash: nothing was sent. The restarted process finds the digest in the outbox.
        using var restarted = rig.Restart(s_mondayRun.AddMinutes(3));
        Assert.Null(await restarted.Producer.RunDueAsync(subscription.Id, s_mondayRun, default));
        var first = await restarted.Dispatcher.DispatchDueAsync(default);
        var second = await restarted.Dispatcher.DispatchDueAsync(default);

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        var (chat, text) = Assert.Single(restarted.Outbound.Sent);
        Assert.Equal(DigestRig.Chat, chat);
        Assert.Contains("Lavrov and Kuleba to meet in Antalya", text, StringComparison.Ordinal);
        Assert.Equal(DeliveryState.Sent, Assert.Single(await restarted.Outbox.ForChatAsync(DigestRig.Chat.Key, default)).State);
    }

    [Fact]
    public async Task After_downtime_one_catch_up_digest_is_sent_and_says_how_many_were_missed()
    {
        var rig = new DigestRig(s_monday);
        var subscription = await rig.SubscribeAsync();
        await rig.AddArticleAsync("Monday news", "Something happened on Monday.");
        rig.Clock.Now = s_mondayRun;
        await rig.Producer.RunDueAsync(subscription.Id, s_mondayRun, default);
        await rig.Dispatcher.DispatchDueAsync(default);
        await rig.AddArticleAsync("Tuesday news", "Talks were postponed on Tuesday.", at: s_mondayRun.AddDays(1));

        // Down from Monday 09:00 until Thursday 10:00: the Tuesday, Wednesday and Thursday runs were missed.
        using var restarted = rig.Restart(s_mondayRun.AddDays(3).AddHours(2));
        var catchUp = await restarted.Producer.RunDueAsync(subscription.Id, restarted.Clock.Now, default);
        var again = await restarted.Producer.RunDueAsync(subscription.Id, restarted.Clock.Now, default);
        await restarted.Dispatcher.DispatchDueAsync(default);

        Assert.NotNull(catchUp);
        Assert.Null(again);
        Assert.Equal(s_mondayRun.AddDays(3), catchUp.ScheduledFor);
        var (_, text) = Assert.Single(restarted.Outbound.Sent);
        Assert.Contains("The bot was offline for 3 scheduled digests; this one covers all of them.", text, StringComparison.Ordinal);
        Assert.Contains("Tuesday news", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Monday news", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restart_racing_the_trigger_and_two_racing_dispatchers_send_a_digest_once()
    {
        using var rig = new DigestRig(s_monday);
        var subscription = await rig.SubscribeAsync();
        await rig.AddArticleAsync("Lavrov and Kuleba to meet in Antalya", "The ministers will meet on Thursday.");
        rig.Clock.Now = s_mondayRun;

        // Start-up catch-up and the trigger fire for the same run at once.
        var produced = await Task.WhenAll(
            Task.Run(() => rig.Producer.RunDueAsync(subscription.Id, s_mondayRun, default)),
            Task.Run(() => rig.Producer.RunDueAsync(subscription.Id, s_mondayRun, default)));

        // Two dispatchers (the signal and the poll, or a second instance) claim while the first send is in flight.
        rig.Outbound.Gate = new TaskCompletionSource();
        var other = new DeliveryDispatcher(rig.Outbox, [rig.Outbound], rig.Chats, rig.Clock, rig.Options, Microsoft.Extensions.Logging.Abstractions.NullLogger<DeliveryDispatcher>.Instance);
        var one = Task.Run(() => rig.Dispatcher.DispatchDueAsync(default));
        var two = Task.Run(() => other.DispatchDueAsync(default));
        await Task.Delay(200);
        rig.Outbound.Gate.SetResult();
        var sent = await Task.WhenAll(one, two);

        Assert.Single(produced, d => d is not null);
        Assert.Equal(1, sent.Sum());
        Assert.Equal(1, rig.Outbound.Sends);
    }

    [Fact]
    public async Task A_new_subscription_gets_the_day_before_its_first_run_and_nothing_older()
    {
        using var rig = new DigestRig(s_monday);
        await rig.AddArticleAsync("Old news", "This happened three days ago.", at: s_monday.AddDays(-3));
        await rig.AddArticleAsync("Fresh news", "This happened two hours ago.", at: s_monday.AddHours(-2));
        var subscription = await rig.SubscribeAsync();
        await rig.AddArticleAsync("Newest news", "This happened after subscribing.", at: s_monday.AddMinutes(30));
        rig.Clock.Now = s_mondayRun;

        await rig.Producer.RunDueAsync(subscription.Id, s_mondayRun, default);
        await rig.Dispatcher.DispatchDueAsync(default);

        var (_, text) = Assert.Single(rig.Outbound.Sent);
        Assert.Contains("Fresh news", text, StringComparison.Ordinal);
        Assert.Contains("Newest news", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Old news", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_new_sends_nothing_and_the_run_still_counts_as_handled()
    {
        using var rig = new DigestRig(s_monday);
        var subscription = await rig.SubscribeAsync();
        rig.Clock.Now = s_mondayRun;

        var delivery = await rig.Producer.RunDueAsync(subscription.Id, s_mondayRun, default);

        Assert.Null(delivery);
        Assert.Empty(await rig.Outbox.ForChatAsync(DigestRig.Chat.Key, default));
        Assert.Equal(s_mondayRun, (await rig.Subscriptions.GetAsync(subscription.Id, default))!.LastRunAt);
    }

    [Fact]
    public async Task A_topic_subscription_hears_only_about_its_topic()
    {
        using var rig = new DigestRig(s_monday);
        var subscription = await rig.SubscribeAsync(topic: "Lavrov");
        await rig.AddArticleAsync("Lavrov heads to Antalya", "The minister travels on Wednesday.", actors: "Sergei Lavrov");
        await rig.AddArticleAsync("Grain insurance costs triple", "Shipping firms on the Black Sea pay more.", actors: "Oleksandr Kubrakov");
        rig.Clock.Now = s_mondayRun;

        await rig.Producer.RunDueAsync(subscription.Id, s_mondayRun, default);
        await rig.Dispatcher.DispatchDueAsync(default);

        var (_, text) = Assert.Single(rig.Outbound.Sent);
        Assert.StartsWith("Briefing digest: Lavrov", text, StringComparison.Ordinal);
        Assert.Contains("Lavrov heads to Antalya", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Grain", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kubrakov", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_digest_stored_before_replies_were_deflated_is_still_sent_as_written()
    {
        using var rig = new DigestRig(s_mondayRun);
        var row = new Delivery { Id = "7@2022-03-07T08:00:00Z", SubscriptionId = 7, ChatKey = DigestRig.Chat.Key, ScheduledFor = s_mondayRun, NextAttemptAt = s_mondayRun };
        var document = rig.Context.Database.Mapper.ToDocument(row);
        document["Reply"] = new LiteDB.BsonDocument
        {
            ["Blocks"] = new LiteDB.BsonArray(new LiteDB.BsonDocument
            {
                ["Kind"] = "paragraph",
                ["Spans"] = new LiteDB.BsonArray(new LiteDB.BsonDocument { ["Text"] = "Written by an older version", ["Style"] = 0, ["Url"] = LiteDB.BsonValue.Null }),
            }),
            ["Buttons"] = new LiteDB.BsonArray(),
            ["IsError"] = false,
            ["Private"] = false,
        };
        rig.Context.Database.GetCollection("deliveries").Insert(document);

        await rig.Dispatcher.DispatchDueAsync(default);

        Assert.Equal("Written by an older version", Assert.Single(rig.Outbound.Sent).Text.Trim());
    }
}
