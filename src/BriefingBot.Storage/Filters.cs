using LiteDB;

namespace BriefingBot.Storage;

/// <summary>
/// Index-using filters whose values are parameters. LiteDB's <see cref="Query"/> helpers write the value into the
/// expression's text, and LiteDB compiles each distinct text to a dynamic method it caches for the life of the
/// process: a filter per meeting key or article id compiled (and kept) a new method for nearly every call, which
/// was a large share of ingestion time and a leak that grew with the store. These texts never change.
/// </summary>
internal static class Filters
{
    public static BsonExpression Equal(string field, BsonValue value) => BsonExpression.Create($"$.{field} = @0", value);

    public static BsonExpression Greater(string field, BsonValue value) => BsonExpression.Create($"$.{field} > @0", value);

    public static BsonExpression AtLeast(string field, BsonValue value) => BsonExpression.Create($"$.{field} >= @0", value);

    public static BsonExpression Between(string field, BsonValue from, BsonValue to) => BsonExpression.Create($"$.{field} BETWEEN @0 AND @1", from, to);

    public static BsonExpression In(string field, BsonArray values) => BsonExpression.Create($"$.{field} IN @0", values);

    /// <summary>Strings that start with <paramref name="prefix"/> (which must not hold LIKE's % or _).</summary>
    public static BsonExpression StartsWith(string field, string prefix) => BsonExpression.Create($"$.{field} LIKE @0", new BsonValue(prefix + "%"));
}
