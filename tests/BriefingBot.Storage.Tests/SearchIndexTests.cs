using System.Runtime.InteropServices;
using LiteDB;

namespace BriefingBot.Storage.Tests;

/// <summary>
/// /search's word index: the ids having every term, newest first, read from each term's posting blocks only as far as
/// needed, must be exactly what intersecting every term's whole postings gives.
/// </summary>
public sealed class SearchIndexTests
{
    private static readonly string[] s_words = ["every", "half", "third", "tenth", "rare", "left", "right"];

    [Fact]
    public void Newest_first_is_the_whole_intersection_in_order_across_flushes_split_blocks_and_unflushed_ids()
    {
        using var db = new LiteDatabase(new MemoryStream());
        var index = new SearchIndex(db, () => GatedEngine.NoHold.Instance);
        var random = new Random(25);
        var terms = new Dictionary<int, HashSet<string>>();
        for (var id = 1; id <= 12_000; id++)
        {
            // "every" is in every article, so a flush of more than 4,096 articles writes it in several blocks; "left"
            // and "right" mostly come together; ids skip now and then (rolled-back writes leave gaps).
            var words = new HashSet<string>(StringComparer.Ordinal) { "every" };
            AddSometimes(words, "half", 2, random);
            AddSometimes(words, "third", 3, random);
            AddSometimes(words, "tenth", 10, random);
            AddSometimes(words, "rare", 400, random);
            if (random.Next(4) == 0)
            {
                words.UnionWith(random.Next(10) == 0 ? ["left"] : ["left", "right"]);
            }

            id += random.Next(50) == 0 ? 3 : 0;
            terms[id] = words;
            index.Add(id, [.. words], mayFlush: false);
            if (random.Next(3_000) == 0 || id == 4_321 || id == 9_999)
            {
                index.Flush();
            }
        }

        Assert.True(db.GetCollection(Indexes.Postings).Count(Query.StartsWith("_id", "every#")) > 3);
        var queries = s_words.Select(w => new[] { w })
            .Concat(s_words.SelectMany(a => s_words.Where(b => string.CompareOrdinal(a, b) < 0).Select(b => new[] { a, b })))
            .Append(["half", "third", "tenth"]).Append(["left", "right", "rare"]).Append(["every", "nowhere"]).Append(["nowhere"]);
        foreach (var query in queries)
        {
            var expected = terms.Where(t => query.All(t.Value.Contains)).Select(t => t.Key).OrderDescending().ToList();

            Assert.Equal(expected, index.NewestFirst(query).ToList());
            Assert.Equal(expected.Take(10), index.NewestFirst(query).Take(10));
        }

        Assert.True(SearchIndex.PostingsInOrder(db));
    }

    [Fact]
    public void The_same_term_asked_twice_counts_once_and_no_term_finds_nothing()
    {
        using var db = new LiteDatabase(new MemoryStream());
        var index = new SearchIndex(db, () => GatedEngine.NoHold.Instance);
        index.Add(1, ["talks", "lima"], mayFlush: false);
        index.Flush();
        index.Add(2, ["talks"], mayFlush: false);

        Assert.Equal([2, 1], index.NewestFirst(["talks", "talks"]));
        Assert.Empty(index.NewestFirst([]));
    }

    [Theory]
    [InlineData(new[] { 1, 2, 9, 10 }, new[] { 11, 12 }, true)]
    // The same id twice running (an article read again as the index caught up) is still in order.
    [InlineData(new[] { 1, 2, 9, 10 }, new[] { 10, 11 }, true)]
    // An id given again after the newest article was removed: 10 comes after 12.
    [InlineData(new[] { 1, 2, 9, 12 }, new[] { 10, 13 }, false)]
    [InlineData(new[] { 1, 2, 12, 10 }, new[] { 13 }, false)]
    public void Postings_are_in_order_when_each_terms_ids_never_go_back(int[] first, int[] second, bool inOrder)
    {
        using var db = new LiteDatabase(new MemoryStream());
        var postings = db.GetCollection(Indexes.Postings);
        // Other terms' blocks, before and after in the collection's order, do not count as the term's.
        postings.Insert(Block("lima", [30, 31]));
        postings.Insert(Block("talks", first));
        postings.Insert(Block("talks", second));
        postings.Insert(Block("zagreb", [1]));

        Assert.Equal(inOrder, SearchIndex.PostingsInOrder(db));
    }

    [Fact]
    public void A_block_not_named_by_its_first_id_is_out_of_order()
    {
        using var db = new LiteDatabase(new MemoryStream());
        db.GetCollection(Indexes.Postings).Insert(new BsonDocument { ["_id"] = "talks#0000000004", ["Ids"] = MemoryMarshal.AsBytes<int>([3, 5]).ToArray() });

        Assert.False(SearchIndex.PostingsInOrder(db));
    }

    private static BsonDocument Block(string term, int[] ids) =>
        new() { ["_id"] = $"{term}#{ids[0]:D10}", ["Ids"] = MemoryMarshal.AsBytes<int>(ids).ToArray() };

    private static void AddSometimes(HashSet<string> words, string word, int oneIn, Random random)
    {
        if (random.Next(oneIn) == 0)
        {
            words.Add(word);
        }
    }
}
