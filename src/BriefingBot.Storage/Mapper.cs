using System.Globalization;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Digests;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>How domain types are stored: DateOnly as ISO text, ids where the domain has them.</summary>
internal static class Mapper
{
    public static void RegisterMappings(BsonMapper mapper)
    {
        RegisterValues(mapper);
        mapper.Entity<ChatSettings>().Id(c => c.Id, autoId: false);
        mapper.RegisterType(ReplyBson.Serialize, ReplyBson.Deserialize);
        mapper.Entity<Delivery>().Id(d => d.Id, autoId: false);
        EntityBson.Register(mapper);
    }

    /// <summary>Dates only; what <see cref="EntityBson"/> maps by hand is left to reflection (as files were written before it).</summary>
    internal static void RegisterValues(BsonMapper mapper)
    {
        mapper.RegisterType(Serialize, ToDateOnly);
        mapper.RegisterType(Serialize, ToDateTimeOffset);
    }

    public static BsonValue Serialize(DateOnly date) => new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static DateOnly ToDateOnly(BsonValue value) => DateOnly.ParseExact(value.AsString, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static BsonValue Serialize(DateTimeOffset time) => new(time.ToUnixTimeMilliseconds());

    public static DateTimeOffset ToDateTimeOffset(BsonValue value) => DateTimeOffset.FromUnixTimeMilliseconds(value.AsInt64);
}
