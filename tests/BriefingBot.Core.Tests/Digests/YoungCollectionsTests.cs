using BriefingBot.Core.Digests;

namespace BriefingBot.Core.Tests.Digests;

public sealed class YoungCollectionsTests
{
    [Fact]
    public void A_young_collection_runs_once_a_step_has_been_allocated_and_never_when_off()
    {
        var on = new YoungCollections(enabled: true);
        var off = new YoungCollections(enabled: false);
        var before = GC.CollectionCount(0);

        var kept = 0L;
        for (var allocated = 0L; allocated <= YoungCollections.Step; allocated += 1 << 20)
        {
            kept += new byte[1 << 20].Length;
        }

        on.Tick();
        off.Tick();
        Assert.True(kept > YoungCollections.Step);
        Assert.Equal(1, on.Collections);
        Assert.Equal(0, off.Collections);
        Assert.True(GC.CollectionCount(0) > before);
    }
}
