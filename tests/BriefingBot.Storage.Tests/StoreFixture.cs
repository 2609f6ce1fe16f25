using BriefingBot.Storage;
using LiteDB;

namespace BriefingBot.Storage.Tests;

/// <summary>A real LiteDB store in memory.</summary>
internal static class StoreFixture
{
    public static (LiteDbContext Context, LiteDbKnowledgeStore Store) Create()
    {
        var context = new LiteDbContext(new LiteDatabase(new MemoryStream()));
        return (context, new LiteDbKnowledgeStore(context));
    }
}
