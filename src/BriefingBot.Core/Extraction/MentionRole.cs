namespace BriefingBot.Core.Extraction;

/// <summary>What the words around one person mention say: a title and country, and whether any title or honorific stood there.</summary>
internal sealed record MentionRole(string? Title, string? Country, bool Titled);
