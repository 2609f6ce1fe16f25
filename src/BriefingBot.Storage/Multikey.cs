using LiteDB;

namespace BriefingBot.Storage;

/// <summary>Queries on array fields that use their multikey index (<c>$.Field[*]</c>).</summary>
internal static class Multikey
{
    public static BsonExpression Equal(string field, BsonValue value) =>
        BsonExpression.Create($"$.{field}[*] ANY = @0", value);

    public static BsonExpression StartsWith(string field, string prefix) =>
        BsonExpression.Create($"$.{field}[*] ANY LIKE @0", new BsonValue(prefix.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "%"));
}
