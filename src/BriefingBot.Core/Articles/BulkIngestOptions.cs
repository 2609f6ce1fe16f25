namespace BriefingBot.Core.Articles;

/// <summary>How <see cref="ArticleIngestor.IngestManyAsync"/> batches its commits and how far it reads ahead.</summary>
public sealed record BulkIngestOptions
{
    /// <summary>
    /// 400: a busy actor is written once per batch, and so is every page the batch touches. An actor written in every batch
    /// lands on another page of a large file each time: at 100 articles a batch, 100,000 bench articles read 36 GB and
    /// wrote 29 GB through LiteDB (its log, then its checkpoints), at 400 they read 15 GB and wrote 14 GB, and ran at
    /// 781-970 against 740-848 articles/s; 10,000 articles at 831-1,230 against 846-1,054 (the same machine, shared and
    /// noisy, runs interleaved). LiteDB holds a transaction's pages in memory and its page cache never shrinks: 400
    /// keeps about 34 MB more after a 100,000-article import. A single /add arriving during an import waits for the
    /// batch in flight, under half a second at these rates.
    /// </summary>
    public const int DefaultBatchSize = 400;

    /// <summary>Articles per durable commit; a batch is committed sooner when the input has nothing more ready.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>Inputs taken from the source ahead of the store (being extracted or waiting): bounds the memory held.</summary>
    public int Lookahead { get; init; } = 256;

    /// <summary>Extraction threads.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;
}
