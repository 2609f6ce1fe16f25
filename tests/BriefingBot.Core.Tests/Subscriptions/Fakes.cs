using BriefingBot.Core.Chat;
using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Core.Tests.Subscriptions;

internal sealed class MemorySubscriptionStore : ISubscriptionStore
{
    private readonly Dictionary<int, Subscription> _rows = [];

    public Task<Subscription> AddAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        subscription.Id = _rows.Count + 1;
        _rows[subscription.Id] = subscription;
        return Task.FromResult(subscription);
    }

    public Task<Subscription?> GetAsync(int id, CancellationToken cancellationToken) => Task.FromResult(_rows.GetValueOrDefault(id));

    public Task<IReadOnlyList<Subscription>> ForChatAsync(string chatKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Subscription>>(_rows.Values.Where(s => s.ChatKey == chatKey).ToList());

    public Task<IReadOnlyList<Subscription>> AllAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Subscription>>([.. _rows.Values]);

    public Task<bool> RemoveAsync(int id, CancellationToken cancellationToken) => Task.FromResult(_rows.Remove(id));

    public Task<IReadOnlyList<Subscription>> FollowChatZoneAsync(string chatKey, string zoneId, CancellationToken cancellationToken)
    {
        var changed = _rows.Values.Where(s => s.ChatKey == chatKey && s.FollowsChatZone).ToList();
        changed.ForEach(s => s.TimeZone = zoneId);
        return Task.FromResult<IReadOnlyList<Subscription>>(changed);
    }

    public Task<IReadOnlyList<Subscription>> ResumeChatAsync(string chatKey, CancellationToken cancellationToken)
    {
        var paused = _rows.Values.Where(s => s.ChatKey == chatKey && s.PausedReason is not null).ToList();
        paused.ForEach(s => s.PausedReason = null);
        return Task.FromResult<IReadOnlyList<Subscription>>(paused);
    }
}

internal sealed class MemoryChatStore : IChatStore
{
    public Dictionary<string, ChatSettings> Chats { get; } = [];

    public Task<ChatSettings> GetAsync(ChatAddress chat, CancellationToken cancellationToken) =>
        Task.FromResult(Chats.GetValueOrDefault(chat.Key) ?? new ChatSettings { Id = chat.Key });

    public Task SaveAsync(ChatSettings settings, CancellationToken cancellationToken)
    {
        Chats[settings.Id] = settings;
        return Task.CompletedTask;
    }

    public Task MarkUnavailableAsync(ChatAddress chat, string reason, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task MoveAsync(ChatAddress from, ChatAddress to, CancellationToken cancellationToken) => throw new NotSupportedException();
}

/// <summary>Records what the scheduler was told: the subscription ids with a trigger.</summary>
internal sealed class RecordingScheduler : ISubscriptionScheduler
{
    public Dictionary<int, string> Triggers { get; } = [];

    public Task ScheduleAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        Triggers[subscription.Id] = $"{subscription.Schedule.CronExpression} {subscription.TimeZone}";
        return Task.CompletedTask;
    }

    public Task UnscheduleAsync(int subscriptionId, CancellationToken cancellationToken)
    {
        Triggers.Remove(subscriptionId);
        return Task.CompletedTask;
    }
}
