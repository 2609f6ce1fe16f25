using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Digests;

/// <summary>One development, told by one or more articles (the same meeting, or near-duplicate text from different outlets).</summary>
/// <param name="Articles">Oldest first; the first one names the story.</param>
public sealed record Story(string Title, string Summary, IReadOnlyList<Article> Articles);
