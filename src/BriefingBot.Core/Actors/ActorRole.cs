namespace BriefingBot.Core.Actors;

/// <summary>A role an article says an actor holds ("Foreign Minister" of "Russia"), with the sentence that says it.</summary>
public sealed class ActorRole
{
    public string Title { get; set; } = "";

    public string? Country { get; set; }

    public int ArticleId { get; set; }

    public string Evidence { get; set; } = "";
}
