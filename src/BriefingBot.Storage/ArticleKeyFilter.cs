using BriefingBot.Core.Articles;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>
/// The content hashes and addresses of the stored articles, as hash codes in memory: a filter that answers "no such
/// article" without reading the file, which is the answer for nearly every article ingested. Looking both up in the
/// file's indexes, for every new article, walked two string indexes that grow with the store (a tenth of the
/// writer's time). A code in the filter only means "maybe": the file is asked then.
/// </summary>
/// <remarks>
/// Built from the indexes' keys alone (a second for 100,000 articles) when first needed, not at start: only adding
/// articles needs it. A lookup before then starts the build in the background and is answered by the file; the writer
/// builds it at once if it has to, then adds each article it inserts. It never forgets: an article removed, or
/// inserted by a transaction that was rolled back, stays a "maybe", which costs one read of the file.
/// </remarks>
internal sealed class ArticleKeyFilter(Func<IDisposable> reading) : SketchIndex(reading)
{
    private readonly HashSet<int> _hashes = [];
    private readonly HashSet<int> _urls = [];

    /// <summary>Whether an article with this content hash may be stored (false: it is not); null until the filter is built.</summary>
    public bool? MayHoldHash(LiteDatabase db, string contentHash) => MayHold(db, _hashes, contentHash);

    /// <summary>Whether an article with this address may be stored (false: it is not); null until the filter is built.</summary>
    public bool? MayHoldUrl(LiteDatabase db, string url) => MayHold(db, _urls, url);

    /// <summary>Files an article just inserted (by the writer, inside its transaction).</summary>
    public void Put(LiteDatabase db, Article article) => Built(db, () =>
    {
        _hashes.Add(Code(article.ContentHash));
        if (article.Url is { } url)
        {
            _urls.Add(Code(url));
        }
    });

    protected override void Forget()
    {
        _hashes.Clear();
        _urls.Clear();
    }

    protected override void Load(LiteDatabase db)
    {
        var articles = db.GetCollection(Indexes.Articles);
        foreach (var (field, codes) in new[] { (nameof(Article.ContentHash), _hashes), (nameof(Article.Url), _urls) })
        {
            // A range over the field's index with only its key selected: LiteDB reads the index, not the articles.
            foreach (var key in articles.Query().Where(Filters.Greater(field, "")).Select(BsonExpression.Create("$." + field)).ToEnumerable())
            {
                StopIfClosed();
                codes.Add(Code(key[field].AsString));
            }
        }
    }

    private bool? MayHold(LiteDatabase db, HashSet<int> codes, string key)
    {
        var may = false;
        return IfBuilt(db, () => may = codes.Contains(Code(key))) ? may : null;
    }

    private static int Code(string key) => StringComparer.Ordinal.GetHashCode(key);
}
