namespace BriefingBot.Core.Articles;

/// <summary>How <see cref="ArticleIngestor.IngestManyAsync"/> batches its commits and how far it reads ahead.</summary>
public sealed record BulkIngestOptions
{
    /// <summary>
    /// 100: a busy actor is written once per batch, and so is every index page the batch touches. On 10,000 bench articles
    /// (three runs each) 100 gave 641-660 articles/s against 551-572 at 50 and 625-648 at 200, at the same peak working
    /// set (256-261 MB). LiteDB holds a transaction's pages in memory and its page cache never shrinks, so much larger
    /// batches cost memory (at 250, an older build peaked at 387 MB after 3,000 articles against 269 MB at 50).
    /// </summary>
    public const int DefaultBatchSize = 100;

    /// <summary>Articles per durable commit; a batch is committed sooner when the input has nothing more ready.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>Inputs taken from the source ahead of the store (being extracted or waiting): bounds the memory held.</summary>
    public int Lookahead { get; init; } = 256;

    /// <summary>Extraction threads.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;
}
