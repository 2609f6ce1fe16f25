namespace BriefingBot.Core.Chat;

/// <summary>Answers one or more chat commands. Handlers are registered in DI; the router finds them.</summary>
public interface IChatCommandHandler
{
    /// <summary>Help entries for the commands this handler answers.</summary>
    IReadOnlyList<CommandInfo> Commands { get; }

    /// <summary>Answers a command whose name is in <see cref="Commands"/>; access has already been checked.</summary>
    Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken);
}
