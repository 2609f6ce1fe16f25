using LiteDB;

namespace BriefingBot.Storage;

/// <summary>
/// A whole collection read in id order, a chunk of documents per query. LiteDB keeps every page a query has read until
/// the query ends, and its page cache keeps the size it grows to: the one query over every meeting (or actor) of a
/// 100,000-article store, as the in-memory indexes were built at start, held all of their pages at once.
/// </summary>
internal static class ChunkedReads
{
    public const int ChunkSize = 500;

    /// <summary>Every document of <paramref name="collection"/> (int ids), as <paramref name="select"/> shapes it; it must keep <c>_id</c>.</summary>
    public static IEnumerable<BsonDocument> All(LiteDatabase db, string collection, string select, int chunkSize = ChunkSize)
    {
        var documents = db.GetCollection(collection);
        var after = int.MinValue;
        while (true)
        {
            var chunk = documents.Query()
                .Where(Filters.Greater("_id", after))
                .OrderBy("$._id")
                .Select(select)
                .Limit(chunkSize)
                .ToList();
            foreach (var document in chunk)
            {
                yield return document;
            }

            if (chunk.Count < chunkSize)
            {
                yield break;
            }

            after = chunk[^1]["_id"].AsInt32;
        }
    }
}
