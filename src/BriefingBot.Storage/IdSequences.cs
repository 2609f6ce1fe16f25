using LiteDB;

namespace BriefingBot.Storage;

/// <summary>
/// Ids for new articles, actors and meetings, given out before the write so that one ingest writes each document
/// once (LiteDB's own auto-ids are known only after an insert). Starts after the highest id in the file or ever
/// removed from it, so an id is never given twice (a "#12" in an old chat message, or a search posting, never comes
/// to mean another article); an id given to a write that is then rolled back is simply skipped. Used by the one writer only.
/// </summary>
internal sealed class IdSequences
{
    private readonly Dictionary<string, int> _last = new(StringComparer.Ordinal);

    public int Next(LiteDatabase db, string collection)
    {
        if (!_last.TryGetValue(collection, out var last))
        {
            var newest = db.GetCollection(collection).Query().OrderByDescending("_id").Limit(1).FirstOrDefault();
            var removed = db.GetCollection(Indexes.State).FindById(RemovedKey(collection));
            last = Math.Max(newest is not null && newest["_id"].IsInt32 ? newest["_id"].AsInt32 : 0, removed?["Value"].AsInt32 ?? 0);
        }

        _last[collection] = ++last;
        return last;
    }

    /// <summary>Records, inside the removal's transaction, that <paramref name="id"/> was used.</summary>
    public static void Removed(LiteDatabase db, string collection, int id)
    {
        var state = db.GetCollection(Indexes.State);
        var known = state.FindById(RemovedKey(collection))?["Value"].AsInt32 ?? 0;
        if (id > known)
        {
            state.Upsert(new BsonDocument { ["_id"] = RemovedKey(collection), ["Value"] = id });
        }
    }

    private static string RemovedKey(string collection) => $"{collection}.removed_upto";
}
