using System.Diagnostics;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Subscriptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Digests;

/// <summary>
/// Composes subscriptions' scheduled digests and writes them to the outbox. Whoever calls (the scheduler's
/// triggers, the start-up catch-up) it works out which runs are due from the stored last run, so runs missed
/// while the bot was down become one digest, and a run handled once is never handled again. Subscriptions due
/// together are handled as one batch: one clock reading, each window read and prepared once, and the runs recorded
/// a hundred to a transaction, so a failure leaves every run not yet committed due as it was.
/// </summary>
public sealed partial class DigestProducer(
    ISubscriptionStore subscriptions,
    IChatStore chats,
    IDeliveryOutbox outbox,
    DigestComposer composer,
    DeliverySignal signal,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestProducer> logger)
{
    // One batch at a time: a trigger firing while start-up catches up must not compose the same run twice.
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>
    /// Handles the subscription's runs due by <paramref name="reference"/> (now, or the trigger's scheduled time if later).
    /// Returns the outbox row written, or null when nothing was due, nothing was new, or the chat is paused.
    /// </summary>
    public async Task<Delivery?> RunDueAsync(int subscriptionId, DateTimeOffset reference, CancellationToken cancellationToken)
    {
        var written = await RunDueAsync([new DigestRequest(subscriptionId, reference)], cancellationToken).ConfigureAwait(false);
        return written.Count == 0 ? null : written[0];
    }

    /// <summary>
    /// Handles the due runs of every requested subscription as one batch and returns the outbox rows written.
    /// A subscription whose digest cannot be composed is logged and left due; anything else that fails before
    /// the batch's transaction commits leaves every run due, to be handled by a later call.
    /// </summary>
    public async Task<IReadOnlyList<Delivery>> RunDueAsync(IReadOnlyList<DigestRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RunBatchAsync(requests, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IReadOnlyList<Delivery>> RunBatchAsync(IReadOnlyList<DigestRequest> requests, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var now = time.GetUtcNow();
        var plans = new List<Plan>();
        foreach (var request in requests.GroupBy(r => r.SubscriptionId).Select(g => g.MaxBy(r => r.Reference)!))
        {
            if (await PlanAsync(request, now, cancellationToken).ConfigureAwait(false) is { } plan)
            {
                plans.Add(plan);
            }
        }

        var (runs, windows, prepared) = await ComposeAllAsync(plans, now, watch, cancellationToken).ConfigureAwait(false);
        var composed = watch.ElapsedMilliseconds;
        var recorded = await RecordAsync(runs, cancellationToken).ConfigureAwait(false);
        var written = new List<Delivery>();
        for (var i = 0; i < runs.Count; i++)
        {
            var (plan, run, stories, meetings) = runs[i];
            if (!recorded[i])
            {
                LogAlreadyRecorded(run.SubscriptionId, run.ScheduledFor);
            }
            else if (plan.Paused is { } reason)
            {
                LogPausedRun(run.SubscriptionId, reason);
            }
            else if (run.Delivery is null)
            {
                LogNothingNew(run.SubscriptionId, run.ScheduledFor);
            }
            else
            {
                LogComposed(run.Delivery.Id, stories, meetings);
                written.Add(run.Delivery);
            }
        }

        if (written.Count > 0)
        {
            signal.Notify();
        }

        if (requests.Count > 1)
        {
            LogBatch(requests.Count, runs.Count, written.Count, windows, prepared, composed - prepared, watch.ElapsedMilliseconds - composed);
        }

        return written;
    }

    // The windows, the shared sections and the digests are let go when this returns, before the runs are recorded.
    private async Task<(List<Composed> Runs, int Windows, long PreparedMs)> ComposeAllAsync(
        List<Plan> plans, DateTimeOffset now, Stopwatch watch, CancellationToken cancellationToken)
    {
        var spans = plans.Where(p => p.Paused is null).Select(p => (p.Since, p.Until)).Distinct().ToList();
        var windows = await composer.PrepareAsync(spans, cancellationToken).ConfigureAwait(false);
        var prepared = watch.ElapsedMilliseconds;
        var windowOf = spans.Zip(windows).ToDictionary(x => x.First, x => x.Second);
        // Each window's topics matched at once, on every core; composing a digest below then looks its topic up.
        foreach (var group in plans.Where(p => p.Paused is null).GroupBy(p => (p.Since, p.Until)))
        {
            windowOf[group.Key].ComposeAhead(group.Select(p => p.Subscription.Topic));
        }

        // Digests of one window and topic share their story, meeting and actor lists, so those identify their sections.
        var sections = new Dictionary<(object, object, object), IReadOnlyList<ReplyBlock>>();
        var runs = new List<Composed>();
        var young = YoungCollections.ForBatch();
        foreach (var plan in plans)
        {
            young.Tick();
            try
            {
                var digest = plan.Paused is null ? Compose(plan, windowOf[(plan.Since, plan.Until)]) : null;
                var delivery = digest is null || digest.IsEmpty ? null : Deliver(plan, digest, now, sections);
                runs.Add(new(plan, new DigestRun(plan.Subscription.Id, plan.Due, plan.Until, delivery), digest?.Stories.Count ?? 0, digest?.Meetings.Count ?? 0));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One subscription's fault must not hold back the others; it stays due for the next run or restart.
                LogComposeFailed(ex, plan.Subscription.Id, plan.Due);
            }
        }

        return (runs, windows.Count, prepared);
    }

    /// <summary>
    /// Records the runs <see cref="RecordChunk"/> at a time, each chunk one transaction. A transaction holds its
    /// written pages in memory until it commits, and a batch's rows are thousands of rendered digests: recorded as
    /// one, 1,000 digests after a 100,000-article import raised the working set by a further 40 MB. Between chunks
    /// the young generation is collected (see <see cref="YoungCollections"/>). A failure leaves the runs of the
    /// chunks not committed due, as they were; those committed are sent (the dispatcher is told before the failure
    /// goes on up).
    /// </summary>
    private async Task<List<bool>> RecordAsync(List<Composed> runs, CancellationToken cancellationToken)
    {
        var recorded = new List<bool>(runs.Count);
        var young = YoungCollections.ForBatch();
        try
        {
            foreach (var chunk in runs.Chunk(RecordChunk))
            {
                young.Tick();
                recorded.AddRange(await outbox.RecordRunsAsync([.. chunk.Select(r => r.Run)], cancellationToken).ConfigureAwait(false));
            }
        }
        catch (Exception) when (recorded.Where((done, i) => done && runs[i].Run.Delivery is not null).Any())
        {
            signal.Notify();
            throw;
        }

        return recorded;
    }

    // Runs recorded per transaction.
    internal const int RecordChunk = 100;

    private async Task<Plan?> PlanAsync(DigestRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.GetAsync(request.SubscriptionId, cancellationToken).ConfigureAwait(false);
        if (subscription is null || !TimeZones.TryFind(subscription.TimeZone, out _))
        {
            return null;
        }

        var reference = request.Reference > now ? request.Reference : now;
        var schedule = subscription.Schedule;
        var (runs, latest) = schedule.RunsBetween(subscription.LastRunAt ?? subscription.CreatedAt, reference);
        if (latest is not { } due)
        {
            return null;
        }

        var until = now > due ? now : due;
        var chat = await chats.GetAsync(ChatAddress.Parse(subscription.ChatKey), cancellationToken).ConfigureAwait(false);
        if (subscription.PausedReason is not null || !chat.Active)
        {
            // A paused chat's runs pass; on resuming it hears about what comes next, not the whole pause.
            return new Plan(subscription, schedule, runs, due, until, until, subscription.PausedReason ?? chat.InactiveReason ?? "chat inactive");
        }

        // The first digest covers at least the day before it, and everything since the subscription was made.
        var firstStart = due - options.Value.FirstWindow;
        var since = subscription.CoveredUntil ?? (subscription.CreatedAt < firstStart ? subscription.CreatedAt : firstStart);
        return new Plan(subscription, schedule, runs, due, since, until, null);
    }

    private Digest Compose(Plan plan, DigestWindow window)
    {
        if (plan.Runs > 1)
        {
            LogMissed(plan.Subscription.Id, plan.Runs);
        }

        return window.Compose(plan.Subscription.Topic) with { Runs = plan.Runs, DueAt = plan.Due };
    }

    private static Delivery Deliver(Plan plan, Digest digest, DateTimeOffset now, Dictionary<(object, object, object), IReadOnlyList<ReplyBlock>> sections)
    {
        var key = ((object)digest.Stories, (object)digest.Meetings, (object)digest.Actors);
        if (!sections.TryGetValue(key, out var rendered))
        {
            sections[key] = rendered = DigestRenderer.Sections(digest);
        }

        return new()
        {
            Id = Delivery.KeyFor(plan.Subscription.Id, plan.Due),
            SubscriptionId = plan.Subscription.Id,
            ChatKey = plan.Subscription.ChatKey,
            ScheduledFor = plan.Due,
            CreatedAt = now,
            CoveredUntil = plan.Until,
            Reply = DigestRenderer.Render(digest, plan.Schedule.Zone, now, rendered),
            State = DeliveryState.Pending,
            NextAttemptAt = now,
        };
    }

    /// <summary>A run composed: what is to be recorded, and the digest's story and meeting counts for the log.</summary>
    private sealed record Composed(Plan Plan, DigestRun Run, int Stories, int Meetings);

    /// <summary>What one subscription's due run needs: its window, or why it is skipped (<see cref="Paused"/>).</summary>
    private sealed record Plan(
        Subscription Subscription,
        SubscriptionSchedule Schedule,
        int Runs,
        DateTimeOffset Due,
        DateTimeOffset Since,
        DateTimeOffset Until,
        string? Paused);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscription {SubscriptionId} missed {Runs} scheduled digests while the bot was down; sending one")]
    private partial void LogMissed(int subscriptionId, int runs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscription {SubscriptionId} is paused ({Reason}); run skipped")]
    private partial void LogPausedRun(int subscriptionId, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Subscription {SubscriptionId} run at {Due} was already recorded")]
    private partial void LogAlreadyRecorded(int subscriptionId, DateTimeOffset due);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscription {SubscriptionId} run at {Due}: nothing new, nothing sent")]
    private partial void LogNothingNew(int subscriptionId, DateTimeOffset due);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest {DeliveryId} composed: {Stories} stories, {Meetings} meetings")]
    private partial void LogComposed(string deliveryId, int stories, int meetings);

    [LoggerMessage(Level = LogLevel.Error, Message = "Subscription {SubscriptionId}: the digest due at {Due} could not be composed; it stays due")]
    private partial void LogComposeFailed(Exception exception, int subscriptionId, DateTimeOffset due);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest batch: {Requested} requested, {Due} due, {Written} written; {Windows} windows read and prepared in {PrepareMs} ms, composed in {ComposeMs} ms, recorded in {RecordMs} ms")]
    private partial void LogBatch(int requested, int due, int written, int windows, long prepareMs, long composeMs, long recordMs);
}
