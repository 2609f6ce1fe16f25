namespace BriefingBot.Core.Articles;

/// <summary>
/// A bulk ingestion stopped because a batch failed, almost always in the store (the cause is the inner exception).
/// Every result reported before it says truly what the store holds; the inputs after them were not attempted.
/// </summary>
public sealed class IngestStoppedException : Exception
{
    public IngestStoppedException()
    {
    }

    public IngestStoppedException(string message)
        : base(message)
    {
    }

    public IngestStoppedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
