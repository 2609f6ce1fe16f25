namespace BriefingBot.Core.Articles;

/// <summary>A news article the bot has indexed.</summary>
public sealed class Article
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public DateOnly? Published { get; set; }

    public DateTimeOffset IngestedAt { get; set; }

    public string? Source { get; set; }

    public string? Url { get; set; }

    /// <summary>The file name it was ingested from, if any.</summary>
    public string? File { get; set; }

    public string Body { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>Hash of the whitespace-normalised body: the duplicate key.</summary>
    public string ContentHash { get; set; } = "";

    public List<int> ActorIds { get; set; } = [];

    public List<int> MeetingIds { get; set; } = [];

    /// <summary>The roles this article states, with their sentences (the actors keep one entry per role).</summary>
    public List<RoleStatement> Roles { get; set; } = [];

    /// <summary>Who added it (platform user), for the record.</summary>
    public string? AddedBy { get; set; }

    /// <summary>
    /// A copy without the body, sharing everything else: for what holds many articles after it has read their text
    /// (a digest window holds a day's articles; their bodies were most of its memory).
    /// </summary>
    public Article WithoutBody()
    {
        var copy = (Article)MemberwiseClone();
        copy.Body = "";
        return copy;
    }
}
