using LiteDB;

namespace BriefingBot.Storage.Tests;

public sealed class ChunkedReadsTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(10)]
    [InlineData(500)]
    public void Every_document_comes_once_in_id_order_as_the_projection_shapes_it(int chunkSize)
    {
        using var db = new LiteDatabase(new MemoryStream());
        var meetings = db.GetCollection("meetings");
        // Inserted out of order, with a gap where one was deleted.
        foreach (var id in new[] { 7, 3, 10, 1, 4, 9, 2, 8, 6, 5 })
        {
            meetings.Insert(new BsonDocument { ["_id"] = id, ["Kind"] = "Talks", ["Location"] = $"Place {id}", ["Evidence"] = new string('x', 2_000) });
        }

        meetings.Delete(6);

        var read = ChunkedReads.All(db, "meetings", "{ _id: $._id, Location: $.Location }", chunkSize).ToList();

        Assert.Equal([1, 2, 3, 4, 5, 7, 8, 9, 10], read.Select(d => d["_id"].AsInt32));
        Assert.All(read, d => Assert.Equal($"Place {d["_id"].AsInt32}", d["Location"].AsString));
        Assert.All(read, d => Assert.False(d.ContainsKey("Evidence")));
    }

    [Fact]
    public void An_empty_collection_gives_nothing()
    {
        using var db = new LiteDatabase(new MemoryStream());

        Assert.Empty(ChunkedReads.All(db, "actors", "{ _id: $._id }", 3));
    }
}
