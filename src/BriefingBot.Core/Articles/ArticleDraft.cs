namespace BriefingBot.Core.Articles;

/// <summary>An article as submitted, before it is indexed.</summary>
public sealed record ArticleDraft(
    string Body,
    string? Title = null,
    DateOnly? Published = null,
    string? Source = null,
    string? Url = null,
    string? File = null);
