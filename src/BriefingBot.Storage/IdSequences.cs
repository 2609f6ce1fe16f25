using LiteDB;

namespace BriefingBot.Storage;

/// <summary>
/// Ids for new articles, actors and meetings, given out before the write so that one ingest writes each document
/// once (LiteDB's own auto-ids are known only after an insert). Starts after the highest id in the file; an id given
/// to a write that is then rolled back is simply skipped. Used by the one writer only.
/// </summary>
internal sealed class IdSequences
{
    private readonly Dictionary<string, int> _last = new(StringComparer.Ordinal);

    public int Next(LiteDatabase db, string collection)
    {
        if (!_last.TryGetValue(collection, out var last))
        {
            var newest = db.GetCollection(collection).Query().OrderByDescending("_id").Limit(1).FirstOrDefault();
            last = newest is not null && newest["_id"].IsInt32 ? newest["_id"].AsInt32 : 0;
        }

        _last[collection] = ++last;
        return last;
    }
}
