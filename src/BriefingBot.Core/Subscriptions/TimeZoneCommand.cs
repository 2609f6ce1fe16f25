using System.Globalization;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chat;

namespace BriefingBot.Core.Subscriptions;

/// <summary>Answers /timezone: shows or sets the chat's zone; subscriptions made without a zone follow it.</summary>
public sealed class TimeZoneCommand(
    ISubscriptionStore subscriptions,
    ISubscriptionScheduler scheduler,
    IChatStore chats,
    TimeProvider time) : IChatCommandHandler
{
    private const string Example = "/timezone Europe/Istanbul";

    public IReadOnlyList<CommandInfo> Commands { get; } =
        [new("timezone", "/timezone <IANA id>", "Set this chat's time zone for digests", Example, CommandAccess.ChatManagers)];

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var settings = await chats.GetAsync(command.Chat, cancellationToken).ConfigureAwait(false);
        var argument = command.Arguments.Trim();
        if (argument.Length == 0)
        {
            return Reply.Text($"This chat's time zone is {settings.TimeZone} (local time {LocalNow(settings.TimeZone)}). Change it with {Example}.");
        }

        if (!TimeZones.TryFind(argument, out var zone))
        {
            return Reply.Mistake($"I don't know the time zone \"{argument}\". Use an IANA id such as Europe/Istanbul, America/New_York or UTC.", Example);
        }

        settings.TimeZone = zone.Id;
        await chats.SaveAsync(settings, cancellationToken).ConfigureAwait(false);
        var moved = await subscriptions.FollowChatZoneAsync(command.Chat.Key, zone.Id, cancellationToken).ConfigureAwait(false);
        foreach (var subscription in moved)
        {
            await scheduler.ScheduleAsync(subscription, cancellationToken).ConfigureAwait(false);
        }

        var followers = moved.Count == 0 ? "" : $" {ReplyText.Count(moved.Count, "subscription")} now {(moved.Count == 1 ? "runs" : "run")} on it.";
        return Reply.Text($"Time zone set to {zone.Id} (local time {LocalNow(zone.Id)}).{followers}");
    }

    private string LocalNow(string zoneId) =>
        TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZones.TryFind(zoneId, out var zone) ? zone : TimeZoneInfo.Utc)
            .ToString("HH:mm", CultureInfo.InvariantCulture);
}
