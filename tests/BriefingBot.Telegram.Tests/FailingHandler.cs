using BriefingBot.Core.Chat;

namespace BriefingBot.Telegram.Tests;

/// <summary>A handler with a bug: <c>/boom</c> throws.</summary>
public sealed class FailingHandler : IChatCommandHandler
{
    public IReadOnlyList<CommandInfo> Commands { get; } = [new("boom", "/boom", "Fails", "/boom")];

    public Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("A bug in a handler");
}
