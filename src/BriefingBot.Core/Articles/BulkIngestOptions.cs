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
    /// Inputs taken from the source ahead of the store (being extracted or waiting): bounds the memory held. 32: the
    /// extraction threads outrun the one that commits, so the queue is full and an article's extraction waits in it as
    /// long as the queue is deep. At 256 it outlived two collections and was promoted to the oldest generation, to be
    /// found dead there by a full one: 100,000 bench articles promoted 4.8 GB out of the youngest generation and
    /// paused for collections 14.9 s at 256, 4.0 GB and 12.3 s at 32, with a lower peak working set (498 against 510 MB).
    /// </summary>
    public int Lookahead { get; init; } = 32;

    /// <summary>Extraction threads.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;
}
