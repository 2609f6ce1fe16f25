using BriefingBot.Core.Chat;
using BriefingBot.Core.Subscriptions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Digests;

/// <summary>Answers /digest [topic]: what is new since this chat's last digest, or the last day.</summary>
public sealed class DigestCommand(DigestComposer composer, IChatStore chats, TimeProvider time, IOptions<DigestOptions> options) : IChatCommandHandler
{
    public IReadOnlyList<CommandInfo> Commands { get; } =
        [new("digest", "/digest [topic]", "What is new since this chat's last digest", "/digest Turkey")];

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var topic = Topic(command.Arguments);
        var settings = await chats.GetAsync(command.Chat, cancellationToken).ConfigureAwait(false);
        var zone = TimeZones.TryFind(settings.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        var now = time.GetUtcNow();
        var since = settings.LastDigestAt ?? (now - options.Value.FirstWindow);
        var digest = await composer.ComposeAsync(since, now, topic, cancellationToken).ConfigureAwait(false);
        digest = digest with { Runs = 1 };
        if (digest.IsEmpty)
        {
            var about = topic is null ? "" : $" about {topic}";
            return Reply.Text($"Nothing new{about} since {RunTimeText.DescribePast(since, zone, now)}.");
        }

        if (topic is null)
        {
            // A topical digest leaves out the rest, so only a full one moves the chat's "last digest".
            settings.LastDigestAt = now;
            await chats.SaveAsync(settings, cancellationToken).ConfigureAwait(false);
        }

        return DigestRenderer.Render(digest, zone, now);
    }

    private static string? Topic(string arguments)
    {
        var text = arguments.Trim();
        if (text.StartsWith("topic:", StringComparison.OrdinalIgnoreCase))
        {
            text = text["topic:".Length..];
        }

        text = text.Trim().Trim('"', '“', '”').Trim();
        return text.Length == 0 ? null : text;
    }
}
