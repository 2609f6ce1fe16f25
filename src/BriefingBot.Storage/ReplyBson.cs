using BriefingBot.Core.Chat;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>
/// Stores a composed <see cref="Reply"/> (an outbox digest) as a plain document: blocks by kind, spans with
/// style and link, so the outbox holds exactly what will be sent, whatever the reply types' constructors are.
/// </summary>
internal static class ReplyBson
{
    public static BsonValue Serialize(Reply reply) => new BsonDocument
    {
        ["Blocks"] = new BsonArray(reply.Blocks.Select(Block)),
        ["Buttons"] = new BsonArray(reply.Buttons.Select(b => (BsonValue)new BsonDocument { ["Label"] = b.Label, ["Command"] = b.Command })),
        ["IsError"] = reply.IsError,
        ["Private"] = reply.Private,
    };

    public static Reply Deserialize(BsonValue value)
    {
        var doc = value.AsDocument;
        var blocks = doc["Blocks"].AsArray.Select(b => ToBlock(b.AsDocument)).ToList();
        var buttons = doc["Buttons"].AsArray.Select(b => new ReplyButton(b["Label"].AsString, b["Command"].AsString)).ToList();
        return new Reply(blocks) { Buttons = buttons, IsError = doc["IsError"].AsBoolean, Private = doc["Private"].AsBoolean };
    }

    private static BsonValue Block(ReplyBlock block) => block switch
    {
        HeadingBlock h => new BsonDocument { ["Kind"] = "heading", ["Text"] = h.Text },
        ParagraphBlock p => new BsonDocument { ["Kind"] = "paragraph", ["Spans"] = Spans(p.Spans) },
        FieldBlock f => new BsonDocument { ["Kind"] = "field", ["Label"] = f.Label, ["Spans"] = Spans(f.Value) },
        ListBlock l => new BsonDocument { ["Kind"] = "list", ["Items"] = new BsonArray(l.Items.Select(i => (BsonValue)Spans(i))) },
        _ => throw new NotSupportedException($"Cannot store reply block {block.GetType().Name}"),
    };

    private static ReplyBlock ToBlock(BsonDocument doc) => doc["Kind"].AsString switch
    {
        "heading" => new HeadingBlock(doc["Text"].AsString),
        "paragraph" => new ParagraphBlock(ToSpans(doc["Spans"])),
        "field" => new FieldBlock(doc["Label"].AsString, ToSpans(doc["Spans"])),
        "list" => new ListBlock(doc["Items"].AsArray.Select(ToSpans).ToList()),
        var kind => throw new NotSupportedException($"Unknown stored reply block {kind}"),
    };

    private static BsonArray Spans(IEnumerable<Span> spans) =>
        new(spans.Select(s => (BsonValue)new BsonDocument
        {
            ["Text"] = s.Text,
            ["Style"] = (int)s.Style,
            ["Url"] = s.Url is null ? BsonValue.Null : new BsonValue(s.Url),
        }));

    private static IReadOnlyList<Span> ToSpans(BsonValue value) =>
        value.AsArray.Select(s => new Span(s["Text"].AsString, (SpanStyle)s["Style"].AsInt32, s["Url"].IsNull ? null : s["Url"].AsString)).ToList();
}
