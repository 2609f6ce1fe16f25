namespace BriefingBot.Core.Articles;

/// <summary>One article's statement that an actor holds a role, with the sentence that says it.</summary>
public sealed class RoleStatement
{
    public int ActorId { get; set; }

    public string Title { get; set; } = "";

    public string? Country { get; set; }

    public string Evidence { get; set; } = "";
}
