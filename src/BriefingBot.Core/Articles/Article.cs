namespace BriefingBot.Core.Articles;

/// <summary>A news article the bot has indexed.</summary>
/// <remarks>
/// Its lists are made when first read: an outline, or an article the store reads and then sets the lists of, does not make
/// empty ones only to drop them.
/// </remarks>
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

    public List<int> ActorIds { get => field ??= []; set; }

    public List<int> MeetingIds { get => field ??= []; set; }

    /// <summary>The roles this article states, with their sentences (the actors keep one entry per role).</summary>
    public List<RoleStatement> Roles { get => field ??= []; set; }

    /// <summary>Who added it (platform user), for the record.</summary>
    public string? AddedBy { get; set; }

    /// <summary>
    /// A copy with the article's id, title, date, source, address, file, hash and who added it, but not its text,
    /// summary, roles or ids: for what reports many articles after the fact, as a bulk import's results do.
    /// </summary>
    public Article Outline() => new()
    {
        Id = Id,
        Title = Title,
        Published = Published,
        IngestedAt = IngestedAt,
        Source = Source,
        Url = Url,
        File = File,
        ContentHash = ContentHash,
        AddedBy = AddedBy,
    };

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
