using BriefingBot.Core.Chat;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>Small key/value state in the LiteDB file.</summary>
public sealed class LiteDbBotStateStore(LiteDbContext context) : IBotStateStore
{
    public Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(context.Database.GetCollection(Indexes.State).FindById(key)?["Value"].AsString);

    public Task SetAsync(string key, string value, CancellationToken cancellationToken) =>
        context.Write(
            db => db.GetCollection(Indexes.State).Upsert(new BsonDocument { ["_id"] = key, ["Value"] = value }),
            cancellationToken);
}
