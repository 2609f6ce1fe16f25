using System.Collections.Concurrent;
using BriefingBot.Core.Digests;

namespace BriefingBot.Testing;

/// <summary>The real outbox, counting the batches recorded; or, with <see cref="Crash"/>, failing before anything is written.</summary>
public sealed class RecordingOutbox(IDeliveryOutbox inner) : IDeliveryOutbox
{
    /// <summary>How many runs each batch held, in order (recorded or, with <see cref="Crash"/>, attempted).</summary>
    public ConcurrentQueue<int> Batches { get; } = new();

    /// <summary>Recording throws instead, as a process dying before its commit would leave things.</summary>
    public bool Crash { get; set; }

    /// <summary>As <see cref="Crash"/>, from this batch on (1 for the first); the batches before it are recorded.</summary>
    public int? CrashFromBatch { get; set; }

    public Task<IReadOnlyList<bool>> RecordRunsAsync(IReadOnlyList<DigestRun> runs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runs);
        Batches.Enqueue(runs.Count);
        return Crash || Batches.Count >= CrashFromBatch ? throw new IOException("the process died before the commit") : inner.RecordRunsAsync(runs, cancellationToken);
    }

    public Task<bool> RecordRunAsync(int subscriptionId, DateTimeOffset scheduledFor, DateTimeOffset coveredUntil, Delivery? delivery, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the producer records in batches");

    public Task<Delivery?> ClaimNextAsync(DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) => inner.ClaimNextAsync(now, lease, cancellationToken);

    public Task MarkSentAsync(string id, DateTimeOffset sentAt, CancellationToken cancellationToken) => inner.MarkSentAsync(id, sentAt, cancellationToken);

    public Task RetryLaterAsync(string id, DateTimeOffset notBefore, string error, CancellationToken cancellationToken) => inner.RetryLaterAsync(id, notBefore, error, cancellationToken);

    public Task HoldAsync(string id, string reason, CancellationToken cancellationToken) => inner.HoldAsync(id, reason, cancellationToken);

    public Task<Delivery?> GetAsync(string id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<Delivery>> ForChatAsync(string chatKey, CancellationToken cancellationToken) => inner.ForChatAsync(chatKey, cancellationToken);
}
