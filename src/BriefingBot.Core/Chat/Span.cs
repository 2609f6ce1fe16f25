namespace BriefingBot.Core.Chat;

/// <summary>A run of reply text with one style; renderers escape <see cref="Text"/> for their platform.</summary>
public sealed record Span(string Text, SpanStyle Style = SpanStyle.Plain, string? Url = null)
{
    public static implicit operator Span(string text) => new(text);

    public static Span Bold(string text) => new(text, SpanStyle.Bold);

    public static Span Italic(string text) => new(text, SpanStyle.Italic);

    public static Span Code(string text) => new(text, SpanStyle.Code);

    public static Span Link(string text, string url) => new(text, SpanStyle.Plain, url);
}
