namespace BriefingBot.Core.Extraction;

/// <summary>What the words around one person mention say: a title and country, and whether any title or honorific stood there.</summary>
/// <param name="Shared">The title was plural ("foreign ministers X and Y"), so a name joined by "and" shares it.</param>
internal sealed record MentionRole(string? Title, string? Country, bool Titled, bool Shared = false, int Principal = -1);
