namespace BriefingBot.Core.Articles;

/// <summary>How <see cref="ArticleIngestor.IngestManyAsync"/> batches its commits and how far it reads ahead.</summary>
public sealed record BulkIngestOptions
{
    /// <summary>
    /// 800: a busy actor is written once per batch, and so is every page the batch touches. An actor written in every
    /// batch lands on another page of a large file each time: 100,000 bench articles read 36 GB and wrote 29 GB through
    /// LiteDB (its log, then its checkpoints) at 100 articles a batch, 15 and 14 GB at 400, 10.4 and 10.0 GB at 600,
    /// and ran at 1,164 articles/s at 600 against 1,022-1,130 at 400. LiteDB holds a transaction's pages in memory: the
    /// import's working set peaked at 467 MB at 600, 441-445 at 400 and 473-486 at 800 (the target is 500), so 800 was
    /// not taken then. Once a bulk import's results held less, the import peaked at 436-442 MB at 600 and 451-452 at
    /// 800, which read and wrote 75 and 74 KB an article against 91 and 87 and ran 1,873-1,941 articles/s against
    /// 1,719-1,753. The store lets go of LiteDB's page cache after a bulk import. A single /add arriving during an
    /// import waits for the batch in flight, about half a second at these rates.
    /// </summary>
    public const int DefaultBatchSize = 800;

    /// <summary>Articles per durable commit; a batch is committed sooner when the input has nothing more ready.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>
    /// Inputs taken from the source ahead of the store (being extracted or waiting): bounds the memory held, about
    /// 20 KB an article. 128: while the one thread that writes commits a batch (a quarter of a 10,000-article import),
    /// extraction goes on filling the queue instead of idling once 32 are ready, and the writer finds them ready after
    /// the commit. With the extraction threads below the writer (<see cref="ExtractBelowWriter"/>), 10,000 bench
    /// articles ran at 2,373-2,708 articles/s with 256 ahead against 2,341-2,538 with 32 (six alternating rounds,
    /// faster in five), and at 2,015-2,372, 2,166-2,395, 2,298-2,445 and 2,266-2,467 with 64, 128, 256 and 512 (four
    /// rounds). The held articles outlive young collections (the collector's time at 256 0.10-0.13 ms an article
    /// against 0.07-0.09 at 32) and raise the 100,000-article import's peak working set: 451-453 MB at 128 against
    /// 458-467 at 256 (two runs each); in whole bench runs 466-484 at 256 and 458-474 at 128 against 446-464 at 32
    /// (the target is 500).
    /// </summary>
    public int Lookahead { get; init; } = 128;

    /// <summary>
    /// Whether the extraction threads run at a lower scheduling priority than the thread that writes (nice +10 on Linux,
    /// below normal on Windows): on a machine with fewer cores than busy threads, the writer, which no other thread can
    /// stand in for, and the bot's chat commands are given the cores first. Alone it changed nothing measurable; with the
    /// deeper <see cref="Lookahead"/> it is what lets extraction fill the queue only with cores the writer leaves.
    /// </summary>
    public bool ExtractBelowWriter { get; init; } = true;

    /// <summary>Extraction threads.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;
}
