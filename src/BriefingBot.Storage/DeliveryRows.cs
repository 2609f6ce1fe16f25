using BriefingBot.Core.Chat;
using BriefingBot.Core.Digests;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>Writes to outbox rows made inside another unit's transaction (chat moves).</summary>
internal static class DeliveryRows
{
    /// <summary>Unsent rows follow the chat to its new id; sent ones stay as the record of where they went.</summary>
    public static void Move(LiteDatabase db, ChatAddress from, ChatAddress to)
    {
        var deliveries = db.GetCollection<Delivery>(Indexes.Deliveries);
        foreach (var delivery in deliveries.Find(d => d.ChatKey == from.Key).Where(d => d.State != DeliveryState.Sent).ToList())
        {
            delivery.ChatKey = to.Key;
            deliveries.Update(delivery);
        }
    }
}
