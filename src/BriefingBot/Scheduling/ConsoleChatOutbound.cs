using BriefingBot.Console;
using BriefingBot.Core.Chat;

namespace BriefingBot.Scheduling;

/// <summary>Posts unrequested messages (digests) to the console chat, as one block so they never interleave with a reply.</summary>
public sealed class ConsoleChatOutbound(ConsoleIo io) : IChatOutbound
{
    public string Platform => ConsoleUser.Chat.Platform;

    public Task<DeliveryOutcome> SendAsync(ChatAddress chat, Reply reply, CancellationToken cancellationToken)
    {
        io.WriteBlock(PlainTextRenderer.Render(reply));
        return Task.FromResult(DeliveryOutcome.Delivered);
    }
}
