using BriefingBot.Core.Chat;
using BriefingBot.Core.Digests;

namespace BriefingBot.Storage.Tests.Digests;

public sealed class ClaimOrderTests
{
    private static readonly DateTimeOffset s_now = new(2022, 3, 7, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan s_lease = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Rows_are_claimed_soonest_due_first_and_a_lapsed_claim_comes_back_but_sent_held_and_future_rows_do_not()
    {
        using var rig = new DigestRig(s_now);
        var rows = await RowsAsync(rig, 6);
        // Due 10 and 5 minutes ago, not due for 5 minutes; one sent, one held.
        await rig.Outbox.RetryLaterAsync(rows[0], s_now.AddMinutes(-5), "flood wait", default);
        await rig.Outbox.RetryLaterAsync(rows[1], s_now.AddMinutes(-10), "flood wait", default);
        await rig.Outbox.RetryLaterAsync(rows[2], s_now.AddMinutes(5), "flood wait", default);
        await rig.Outbox.MarkSentAsync(rows[3], s_now.AddMinutes(-20), default);
        await rig.Outbox.HoldAsync(rows[4], "the bot was removed from the chat", default);
        // Claimed 3 minutes ago by a process that died: its lease ran out a minute ago.
        await rig.Outbox.RetryLaterAsync(rows[5], s_now.AddMinutes(-30), "timeout", default);
        Assert.Equal(rows[5], (await rig.Outbox.ClaimNextAsync(s_now.AddMinutes(-3), s_lease, default))!.Id);

        var claimed = new List<string>();
        while (await rig.Outbox.ClaimNextAsync(s_now, s_lease, default) is { } next)
        {
            claimed.Add(next.Id);
        }

        Assert.Equal([rows[1], rows[0], rows[5]], claimed);
        // Claimed rows hold their lease; when it lapses unsent they come back, before the row not due yet.
        Assert.Null(await rig.Outbox.ClaimNextAsync(s_now.AddMinutes(1), s_lease, default));
        var lapsed = new List<Delivery>();
        while (await rig.Outbox.ClaimNextAsync(s_now.AddMinutes(3), s_lease, default) is { } next)
        {
            lapsed.Add(next);
        }

        Assert.Equal(claimed.Order(), lapsed.Select(d => d.Id).Order());
        Assert.All(lapsed, d => Assert.Equal(d.Id == rows[5] ? 3 : 2, d.Attempts));
        Assert.Equal(rows[2], (await rig.Outbox.ClaimNextAsync(s_now.AddMinutes(5), s_lease, default))!.Id);
    }

    [Fact]
    public async Task A_file_written_before_the_claim_index_still_has_its_rows_claimed_after_the_upgrade()
    {
        var rig = new DigestRig(s_now);
        var rows = await RowsAsync(rig, 3);
        await rig.Outbox.MarkSentAsync(rows[1], s_now, default);
        Assert.True(rig.Context.Database.GetCollection<Delivery>("deliveries").DropIndex(DeliveryClaims.Index));

        using var upgraded = rig.Restart(s_now);
        var claimed = new List<string>();
        while (await upgraded.Outbox.ClaimNextAsync(s_now, s_lease, default) is { } next)
        {
            claimed.Add(next.Id);
        }

        Assert.Equal([rows[0], rows[2]], claimed.Order());
    }

    // Rows due now, one per subscription of the rig's chat.
    private static async Task<List<string>> RowsAsync(DigestRig rig, int count)
    {
        var runs = new List<DigestRun>();
        for (var i = 0; i < count; i++)
        {
            var subscription = await rig.SubscribeAsync();
            runs.Add(DigestRig.Run(subscription.Id, s_now, Reply.Text($"digest {i}")));
        }

        Assert.All(await rig.Outbox.RecordRunsAsync(runs, default), Assert.True);
        return [.. runs.Select(r => r.Delivery!.Id)];
    }
}
