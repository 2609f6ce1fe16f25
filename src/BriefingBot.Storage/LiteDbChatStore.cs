using BriefingBot.Core.Chat;
using LiteDB;

namespace BriefingBot.Storage;

/// <summary>Chat settings in the LiteDB file.</summary>
public sealed class LiteDbChatStore(LiteDbContext context) : IChatStore
{
    private ILiteCollection<ChatSettings> Chats => context.Database.GetCollection<ChatSettings>(Indexes.Chats);

    public Task<ChatSettings> GetAsync(ChatAddress chat, CancellationToken cancellationToken) =>
        Task.FromResult(Chats.FindById(chat.Key) ?? new ChatSettings { Id = chat.Key });

    public Task SaveAsync(ChatSettings settings, CancellationToken cancellationToken) =>
        context.Write(db => db.GetCollection<ChatSettings>(Indexes.Chats).Upsert(settings), cancellationToken);

    public Task MarkUnavailableAsync(ChatAddress chat, string reason, CancellationToken cancellationToken) =>
        context.Write(
            db =>
            {
                var chats = db.GetCollection<ChatSettings>(Indexes.Chats);
                var settings = chats.FindById(chat.Key) ?? new ChatSettings { Id = chat.Key };
                settings.Active = false;
                settings.InactiveReason = reason;
                SubscriptionRows.Pause(db, chat.Key, reason);
                return chats.Upsert(settings);
            },
            cancellationToken);

    public Task MoveAsync(ChatAddress from, ChatAddress to, CancellationToken cancellationToken) =>
        context.Write(
            db =>
            {
                var chats = db.GetCollection<ChatSettings>(Indexes.Chats);
                var settings = chats.FindById(from.Key);
                if (settings is not null)
                {
                    chats.Delete(from.Key);
                    settings.Id = to.Key;
                    chats.Upsert(settings);
                }

                foreach (var move in ChatMoves.All)
                {
                    move(db, from, to);
                }

                return true;
            },
            cancellationToken);
}
