using System.Runtime.InteropServices;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>
/// One term's postings, read from the highest article id down and only as far as asked: the term's blocks are known
/// by name from the index alone, and a block is read when an id at or below the one sought may be in it. /search shows
/// the newest ten articles; for words that go together they are in the newest block or two of each term, where
/// reading every block of both words allocated 1.6 MB a command on a 100,000-article store.
/// </summary>
/// <remarks>
/// A block is named by its term and its first id, and a term's ids only grow from block to block (one block per
/// flush, ids ascending, the unflushed ones above them all; ids are never given twice), so a block named after an id
/// holds none below it and can be passed over by its name. Files from before ids were never reused could break that
/// (an article removed while newest, its id then given again): the migration to schema version 4 checked their
/// postings and made them again from the articles where they went back (<see cref="SearchIndex.PostingsInOrder"/>).
/// </remarks>
internal sealed class PostingCursor
{
    private readonly ILiteCollection<BsonDocument> _postings;

    // The blocks not read yet, newest first: their first ids and names.
    private readonly List<(int First, string Name)> _blocks;
    private int _nextBlock;

    // The block being read, ascending, and the index of Current in it (-1: none left in it).
    private int[] _ids;
    private int _at = -1;

    /// <summary>
    /// A term's postings: the blocks the file holds (their names read now, from the index) and the ids gathered
    /// since the last flush (a copy, taken by the caller under the index's lock), which come above them.
    /// </summary>
    public PostingCursor(ILiteCollection<BsonDocument> postings, string term, int[] pending)
    {
        _postings = postings;
        _blocks = [];
        foreach (var key in postings.Query().Where(Filters.StartsWith("_id", term + "#")).Select(BsonExpression.Create("$._id")).ToEnumerable())
        {
            var name = key["_id"].AsString;
            if (SearchIndex.ParseBlockName(name) is { } named && named.Term == term)
            {
                _blocks.Add((named.First, name));
            }
        }

        _blocks.Reverse();
        _ids = Ascending(pending);
        _at = _ids.Length - 1;
        Current = int.MaxValue;
    }

    /// <summary>The id the cursor stands on (after a successful <see cref="SeekAtMost"/>).</summary>
    public int Current { get; private set; }

    /// <summary>Moves down to the highest id at or below <paramref name="id"/>; false when there is none.</summary>
    public bool SeekAtMost(int id)
    {
        while (true)
        {
            if (_at >= 0)
            {
                // Most seeks land on the next id down, or stay: look there before searching.
                var at = _ids[_at] <= id ? _at : UpperIndex(_ids, _at, id);
                if (at >= 0)
                {
                    _at = at;
                    Current = _ids[at];
                    return true;
                }
            }

            // This block has nothing at or below the id: skip the blocks that begin above it without reading them.
            while (_nextBlock < _blocks.Count && _blocks[_nextBlock].First > id)
            {
                _nextBlock++;
            }

            if (_nextBlock == _blocks.Count)
            {
                _at = -1;
                return false;
            }

            var block = _postings.FindById(_blocks[_nextBlock++].Name);
            _ids = block is null ? [] : Ascending(MemoryMarshal.Cast<byte, int>(block["Ids"].AsBinary).ToArray());
            _at = _ids.Length - 1;
        }
    }

    // The highest index at or below `last` whose id is at most `id`, or -1 (ids ascending).
    private static int UpperIndex(int[] ids, int last, int id)
    {
        int low = 0, high = last;
        var found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            if (ids[middle] <= id)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    // In order since the migration; a block that is not is sorted all the same, so the ids still come out in order.
    private static int[] Ascending(int[] ids)
    {
        for (var i = 1; i < ids.Length; i++)
        {
            if (ids[i] < ids[i - 1])
            {
                Array.Sort(ids);
                break;
            }
        }

        return ids;
    }
}
