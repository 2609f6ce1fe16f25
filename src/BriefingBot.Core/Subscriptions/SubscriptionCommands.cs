using System.Globalization;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chat;
using Humanizer;

namespace BriefingBot.Core.Subscriptions;

/// <summary>Answers /subscribe, /subscriptions and /unsubscribe.</summary>
public sealed class SubscriptionCommands(
    ISubscriptionStore subscriptions,
    ISubscriptionScheduler scheduler,
    IChatStore chats,
    TimeProvider time) : IChatCommandHandler
{
    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("subscribe", "/subscribe [daily|weekly <day>] [HH:mm] [time zone] [topic:<words>]", "Get a digest of new developments on a schedule", SubscribeArguments.Example, CommandAccess.ChatManagers),
        new("subscriptions", "/subscriptions", "List this chat's digest subscriptions", "/subscriptions"),
        new("unsubscribe", "/unsubscribe <id|all>", "Stop a digest subscription", "/unsubscribe 3", CommandAccess.ChatManagers),
    ];

    public Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.Name switch
        {
            "subscribe" => SubscribeAsync(command, cancellationToken),
            "unsubscribe" => UnsubscribeAsync(command, cancellationToken),
            _ => ListAsync(command, cancellationToken),
        };
    }

    private async Task<Reply> SubscribeAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        if (!SubscribeArguments.TryParse(command.Arguments, out var request, out var mistake))
        {
            return Reply.Mistake(mistake, SubscribeArguments.Example);
        }

        var settings = await chats.GetAsync(command.Chat, cancellationToken).ConfigureAwait(false);
        var zone = request.Zone ?? (TimeZones.TryFind(settings.TimeZone, out var chatZone) ? chatZone : TimeZoneInfo.Utc);
        var existing = await subscriptions.ForChatAsync(command.Chat.Key, cancellationToken).ConfigureAwait(false);
        var minute = (request.Time.Hour * 60) + request.Time.Minute;
        var same = existing.FirstOrDefault(s => s.Frequency == request.Frequency && s.Day == request.Day && s.MinuteOfDay == minute
            && s.TimeZone == zone.Id && string.Equals(s.Topic, request.Topic, StringComparison.OrdinalIgnoreCase));
        if (same is not null)
        {
            return Reply.Text($"This chat already has that subscription (#{same.Id}). /subscriptions lists them.");
        }

        if (!settings.Active)
        {
            // Someone is typing here, so the bot can reach the chat again.
            settings.Active = true;
            settings.InactiveReason = null;
            await chats.SaveAsync(settings, cancellationToken).ConfigureAwait(false);
            await subscriptions.ResumeChatAsync(command.Chat.Key, cancellationToken).ConfigureAwait(false);
        }

        var now = time.GetUtcNow();
        var subscription = await subscriptions.AddAsync(
            new Subscription
            {
                ChatKey = command.Chat.Key,
                Frequency = request.Frequency,
                Day = request.Day,
                MinuteOfDay = minute,
                TimeZone = zone.Id,
                FollowsChatZone = request.Zone is null,
                Topic = request.Topic,
                CreatedAt = now,
            },
            cancellationToken).ConfigureAwait(false);
        await scheduler.ScheduleAsync(subscription, cancellationToken).ConfigureAwait(false);

        var schedule = subscription.Schedule;
        var first = schedule.NextAfter(now);
        var blocks = new List<ReplyBlock>
        {
            new HeadingBlock($"Subscribed (#{subscription.Id})"),
            new FieldBlock("Schedule", schedule.Describe()),
        };
        if (subscription.Topic is not null)
        {
            blocks.Add(new FieldBlock("Topic", subscription.Topic));
        }

        blocks.Add(new ParagraphBlock(new Span("The first digest comes "), Span.Bold(RunTimeText.Describe(first, schedule.Zone, now)),
            new Span(", with what arrived in the day before it. Nothing is sent when nothing is new; /digest shows what is new now.")));
        return Reply.Of([.. blocks]);
    }

    private async Task<Reply> ListAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var list = await subscriptions.ForChatAsync(command.Chat.Key, cancellationToken).ConfigureAwait(false);
        if (list.Count == 0)
        {
            return Reply.Of(
                new ParagraphBlock(new Span("This chat has no digest subscriptions. Start one with "), Span.Code("/subscribe daily 08:00"), new Span(".")));
        }

        var now = time.GetUtcNow();
        var items = new List<IReadOnlyList<Span>>();
        foreach (var subscription in list.OrderBy(s => s.Id))
        {
            var schedule = subscription.Schedule;
            var spans = new List<Span> { Span.Bold($"#{subscription.Id}"), new($" {schedule.Describe()}") };
            if (subscription.Topic is not null)
            {
                spans.Add(new($", topic: {subscription.Topic}"));
            }

            spans.Add(subscription.PausedReason is { } reason
                ? new Span($"; paused: {reason}")
                : new Span($"; next {RunTimeText.Describe(schedule.NextAfter(now), schedule.Zone, now)}"));
            items.Add(spans);
        }

        return Reply.Of(
            new HeadingBlock($"Digest subscriptions: {ReplyText.Count(list.Count, "subscription")}"),
            new ListBlock(items),
            new ParagraphBlock(new Span("Stop one with "), Span.Code($"/unsubscribe {list[0].Id}"), new Span(", or all with "), Span.Code("/unsubscribe all"), new Span(".")));
    }

    private async Task<Reply> UnsubscribeAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var list = await subscriptions.ForChatAsync(command.Chat.Key, cancellationToken).ConfigureAwait(false);
        var argument = command.Arguments.Trim().TrimStart('#');
        var example = list.Count > 0 ? $"/unsubscribe {list[0].Id}" : "/unsubscribe all";
        List<Subscription> chosen;
        if (argument.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            chosen = [.. list];
        }
        else if (int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && list.FirstOrDefault(s => s.Id == id) is { } one)
        {
            chosen = [one];
        }
        else
        {
            var ids = list.Count == 0 ? "This chat has none." : $"This chat has {list.Select(s => $"#{s.Id}").Humanize("and")}.";
            return Reply.Mistake(
                argument.Length == 0 ? $"Which subscription? Give its id or all. {ids}" : $"There is no subscription \"{command.Arguments.Trim()}\" in this chat. {ids}",
                example);
        }

        foreach (var subscription in chosen)
        {
            await subscriptions.RemoveAsync(subscription.Id, cancellationToken).ConfigureAwait(false);
            await scheduler.UnscheduleAsync(subscription.Id, cancellationToken).ConfigureAwait(false);
        }

        return chosen.Count == 0
            ? Reply.Text("This chat had no subscriptions; nothing changed.")
            : Reply.Text($"Unsubscribed {chosen.Select(s => $"#{s.Id}").Humanize("and")}. No more scheduled digests from {(chosen.Count == 1 ? "it" : "them")}.");
    }
}
