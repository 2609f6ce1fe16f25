using BriefingBot.Core.Chat;
using BriefingBot.Core.Digests;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>How domain types are stored: DateOnly as ISO text, ids where the domain has them.</summary>
internal static class Mapper
{
    public static void RegisterMappings(BsonMapper mapper)
    {
        mapper.RegisterType(
            d => new BsonValue(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            b => DateOnly.ParseExact(b.AsString, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        mapper.RegisterType(
            d => new BsonValue(d.ToUnixTimeMilliseconds()),
            b => DateTimeOffset.FromUnixTimeMilliseconds(b.AsInt64));
        mapper.Entity<ChatSettings>().Id(c => c.Id, autoId: false);
        mapper.RegisterType(ReplyBson.Serialize, ReplyBson.Deserialize);
        mapper.Entity<Delivery>().Id(d => d.Id, autoId: false);
    }
}
