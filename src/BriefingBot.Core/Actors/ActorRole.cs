namespace BriefingBot.Core.Actors;

/// <summary>
/// A role articles say an actor holds ("Foreign Minister" of "Russia"): once per title and country, with the newest
/// article that says it and its sentence, and how many articles say it (each article's own statements are kept
/// with the article, see <see cref="Articles.Article.Roles"/>).
/// </summary>
public sealed class ActorRole
{
    public string Title { get; set; } = "";

    public string? Country { get; set; }

    public int ArticleId { get; set; }

    public string Evidence { get; set; } = "";

    /// <summary>How many articles state this role.</summary>
    public int Count { get; set; }
}
