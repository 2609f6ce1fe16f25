using BriefingBot.Core.Digests;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>
/// The outbox's index of when each row can next be claimed: a pending row at its next attempt, a row being sent when
/// its lease runs out, and a sent or held row never (a text key: LiteDB orders every number, so every time, before
/// any text, and takes neither its greatest nor its least value as a key). The dispatcher's claim reads the first row
/// of the index due by now, instead of every open row: with 1,000 digests due at once it had read all of them, replies
/// included, for each claim, and the bench's 1,000 digests took 37 s to send to a platform that answered at once.
/// </summary>
internal static class DeliveryClaims
{
    public const string Index = "ClaimAt";

    // Times are stored as Unix milliseconds (Mapper), states by name.
    public static readonly string Expression =
        $"IIF($.State = '{DeliveryState.Pending}', $.NextAttemptAt, IIF($.State = '{DeliveryState.Sending}', $.LeaseUntil, 'never'))";

    /// <summary>The rows claimable at <paramref name="now"/>, soonest due first.</summary>
    public static BsonExpression DueBy(DateTimeOffset now) =>
        BsonExpression.Create($"{Expression} <= @0", Mapper.Serialize(now));
}
