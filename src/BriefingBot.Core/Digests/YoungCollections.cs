using System.Runtime;

namespace BriefingBot.Core.Digests;

/// <summary>
/// Collects the young generation each time the process has allocated <see cref="Step"/> more bytes, checked when
/// <see cref="Tick"/> is called between units of a burst of work. Under the server collector the young generation's
/// budget grows with the live heap (tens of megabytes per heap on a 100,000-article store), and a digest batch
/// allocates about 500 MB in a second while its window grows the live heap: every budget's worth of garbage became
/// resident before it was collected (1,000 digests after a 100,000-article import took the working set from 337 to
/// 521 MB; with these collections and the import's memory let go, from 323-328 to 451-462 MB). The workstation collector's
/// budget is a few megabytes, far below the step, so there it does nothing.
/// </summary>
internal sealed class YoungCollections
{
    /// <summary>
    /// Bytes allocated between collections. 16 MB, 32 before: with tiered compilation the batch's code starts as
    /// tier-0 code, and at 32 MB (and 512-article chunks of the window) 1,000 digests after a 100,000-article import
    /// took the working set to 489-501 MB; at 16 MB with 256-article chunks, 468-482, in 1.46-1.57 s.
    /// </summary>
    public const long Step = 16L * 1024 * 1024;

    private readonly bool _enabled;
    private long _next;

    public YoungCollections(bool enabled)
    {
        _enabled = enabled;
        _next = GC.GetTotalAllocatedBytes() + Step;
    }

    /// <summary>How many collections <see cref="Tick"/> ran.</summary>
    public int Collections { get; private set; }

    /// <summary>For a batch: on only under the server collector.</summary>
    public static YoungCollections ForBatch() => new(GCSettings.IsServerGC);

    /// <summary>Runs a young collection when a step's worth has been allocated since the last one.</summary>
    public void Tick()
    {
        if (!_enabled || GC.GetTotalAllocatedBytes() < _next)
        {
            return;
        }

        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        Collections++;
        _next = GC.GetTotalAllocatedBytes() + Step;
    }
}
