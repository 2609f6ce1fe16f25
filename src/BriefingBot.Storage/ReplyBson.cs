using System.IO.Compression;
using BriefingBot.Core.Chat;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>
/// Stores a composed <see cref="Reply"/> (an outbox digest) as a document of blocks by kind and spans with style
/// and link, deflated, so the outbox holds exactly what will be sent, whatever the reply types' constructors are.
/// </summary>
internal static class ReplyBson
{
    private const string Deflated = "Deflated";

    /// <summary>
    /// The reply's document, deflated. Digests are recorded many at once (everything due at 08:00 in one
    /// transaction), and LiteDB 5.0's commit flushes its log about once per page written: a deflated reply, a
    /// third of the size, lets several rows share a page.
    /// </summary>
    public static BsonValue Serialize(Reply reply)
    {
        var plain = BsonSerializer.Serialize(Document(reply));
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(plain);
        }

        return new BsonDocument { [Deflated] = buffer.ToArray() };
    }

    /// <summary>Reads a stored reply, deflated or (as rows written before deflating) plain.</summary>
    public static Reply Deserialize(BsonValue value)
    {
        var doc = value.AsDocument;
        if (doc.TryGetValue(Deflated, out var deflated))
        {
            using var inflate = new DeflateStream(new MemoryStream(deflated.AsBinary), CompressionMode.Decompress);
            using var plain = new MemoryStream();
            inflate.CopyTo(plain);
            doc = BsonSerializer.Deserialize(plain.ToArray());
        }

        var blocks = doc["Blocks"].AsArray.Select(b => ToBlock(b.AsDocument)).ToList();
        var buttons = doc["Buttons"].AsArray.Select(b => new ReplyButton(b["Label"].AsString, b["Command"].AsString)).ToList();
        return new Reply(blocks) { Buttons = buttons, IsError = doc["IsError"].AsBoolean, Private = doc["Private"].AsBoolean };
    }

    private static BsonDocument Document(Reply reply) => new()
    {
        ["Blocks"] = new BsonArray(reply.Blocks.Select(Block)),
        ["Buttons"] = new BsonArray(reply.Buttons.Select(b => (BsonValue)new BsonDocument { ["Label"] = b.Label, ["Command"] = b.Command })),
        ["IsError"] = reply.IsError,
        ["Private"] = reply.Private,
    };

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
