using BriefingBot.Core.Chat;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>
/// Every collection keyed by chat registers how to move its rows when a chat changes id,
/// so <see cref="LiteDbChatStore.MoveAsync"/> carries all of them in one transaction.
/// </summary>
internal static class ChatMoves
{
    public static IReadOnlyList<Action<LiteDatabase, ChatAddress, ChatAddress>> All { get; } =
        [SubscriptionRows.Move, DeliveryRows.Move];
}
