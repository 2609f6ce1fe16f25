using System.Text.Json.Serialization;

namespace BriefingBot.Core.Chat;

/// <summary>One block of a reply. Renderers map blocks to their platform: a Discord embed, Telegram HTML, console lines.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HeadingBlock), "heading")]
[JsonDerivedType(typeof(ParagraphBlock), "paragraph")]
[JsonDerivedType(typeof(FieldBlock), "field")]
[JsonDerivedType(typeof(ListBlock), "list")]
public abstract record ReplyBlock;

/// <summary>A title line (a card's name, a list's heading).</summary>
public sealed record HeadingBlock(string Text) : ReplyBlock;

/// <summary>A paragraph of styled text.</summary>
public sealed record ParagraphBlock(IReadOnlyList<Span> Spans) : ReplyBlock
{
    public ParagraphBlock(params Span[] spans)
        : this((IReadOnlyList<Span>)spans)
    {
    }
}

/// <summary>A labelled value of a card ("Role: Foreign Minister, Russia").</summary>
public sealed record FieldBlock(string Label, IReadOnlyList<Span> Value) : ReplyBlock
{
    public FieldBlock(string label, string value)
        : this(label, [new Span(value)])
    {
    }
}

/// <summary>A bulleted list; each item is a run of spans.</summary>
public sealed record ListBlock(IReadOnlyList<IReadOnlyList<Span>> Items) : ReplyBlock;
