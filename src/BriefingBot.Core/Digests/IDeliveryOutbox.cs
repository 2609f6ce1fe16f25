namespace BriefingBot.Core.Digests;

/// <summary>
/// The delivery outbox. A scheduled run is recorded once (its key is subscription + scheduled time), together
/// with the subscription's progress, in one transaction; rows are claimed with a lease before sending, so a
/// restart racing a dispatcher cannot send one twice.
/// </summary>
public interface IDeliveryOutbox
{
    /// <summary>
    /// Records a subscription's run at <paramref name="scheduledFor"/>: advances its last run and covered window
    /// and adds <paramref name="delivery"/> (null when nothing was new), all or nothing. False, with nothing
    /// written, when the run was already recorded or the subscription is gone.
    /// </summary>
    Task<bool> RecordRunAsync(int subscriptionId, DateTimeOffset scheduledFor, DateTimeOffset coveredUntil, Delivery? delivery, CancellationToken cancellationToken);

    /// <summary>
    /// Records a batch of runs in one transaction, each as <see cref="RecordRunAsync"/> would: a run already
    /// recorded (or of a subscription that is gone) is skipped with nothing of it written, and the others are all
    /// written or, on any failure, none is. Returns, run by run, whether it was recorded.
    /// </summary>
    Task<IReadOnlyList<bool>> RecordRunsAsync(IReadOnlyList<DigestRun> runs, CancellationToken cancellationToken);

    /// <summary>Claims the next row due at <paramref name="now"/> (pending, or sending with an expired lease) until now + lease.</summary>
    Task<Delivery?> ClaimNextAsync(DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>The platform accepted it; the chat's last digest time moves to the end of its window.</summary>
    Task MarkSentAsync(string id, DateTimeOffset sentAt, CancellationToken cancellationToken);

    /// <summary>Back to pending, not before <paramref name="notBefore"/>.</summary>
    Task RetryLaterAsync(string id, DateTimeOffset notBefore, string error, CancellationToken cancellationToken);

    /// <summary>Kept unsent and no longer tried.</summary>
    Task HoldAsync(string id, string reason, CancellationToken cancellationToken);

    Task<Delivery?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every row for a chat, oldest first (for tests and operators).</summary>
    Task<IReadOnlyList<Delivery>> ForChatAsync(string chatKey, CancellationToken cancellationToken);
}
