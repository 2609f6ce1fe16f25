using BriefingBot.Core.Chat;
using BriefingBot.Core.Subscriptions;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>Writes to subscriptions made inside another unit's transaction (chat moves, pauses).</summary>
internal static class SubscriptionRows
{
    public static void Move(LiteDatabase db, ChatAddress from, ChatAddress to)
    {
        var subscriptions = db.GetCollection<Subscription>(Indexes.Subscriptions);
        foreach (var subscription in subscriptions.Find(s => s.ChatKey == from.Key).ToList())
        {
            subscription.ChatKey = to.Key;
            subscriptions.Update(subscription);
        }
    }

    public static void Pause(LiteDatabase db, string chatKey, string reason)
    {
        var subscriptions = db.GetCollection<Subscription>(Indexes.Subscriptions);
        foreach (var subscription in subscriptions.Find(s => s.ChatKey == chatKey).ToList())
        {
            subscription.PausedReason = reason;
            subscriptions.Update(subscription);
        }
    }
}
