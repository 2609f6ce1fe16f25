using Microsoft.Extensions.Logging;

namespace BriefingBot.Core.Chat;

/// <summary>Sends each command to its handler after checking who may run it.</summary>
public sealed partial class ChatCommandRouter
{
    private readonly Dictionary<string, (IChatCommandHandler Handler, CommandInfo Info)> _routes;
    private readonly ILogger<ChatCommandRouter> _logger;

    public ChatCommandRouter(IEnumerable<IChatCommandHandler> handlers, ILogger<ChatCommandRouter> logger)
    {
        _logger = logger;
        _routes = new(StringComparer.OrdinalIgnoreCase);
        foreach (var handler in handlers)
        {
            foreach (var info in handler.Commands)
            {
                _routes[info.Name] = (handler, info);
            }
        }

        Commands = [.. _routes.Values.Select(r => r.Info).OrderBy(i => Order(i.Name)).ThenBy(i => i.Name, StringComparer.Ordinal)];
    }

    /// <summary>Every command, in help order.</summary>
    public IReadOnlyList<CommandInfo> Commands { get; }

    public bool Knows(string name) => _routes.ContainsKey(name);

    /// <summary>Answers a command; user mistakes come back as replies, never as exceptions.</summary>
    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!_routes.TryGetValue(command.Name, out var route))
        {
            return Reply.Mistake($"I don't know the command /{command.Name}. /help lists what I can do.", "/help");
        }

        if (!Allowed(route.Info.Access, command))
        {
            LogRefused(command.Name, command.Sender.Id, command.Chat.Key);
            return route.Info.Access == CommandAccess.Moderators
                ? Reply.Refusal($"Sorry, only moderators can use /{route.Info.Name}. Nothing was changed.")
                : Reply.Refusal($"Sorry, in a group only moderators or administrators can use /{route.Info.Name}. Nothing was changed.");
        }

        return await route.Handler.HandleAsync(command with { Name = route.Info.Name }, cancellationToken).ConfigureAwait(false);
    }

    private static bool Allowed(CommandAccess access, ChatCommand command) => access switch
    {
        CommandAccess.Everyone => true,
        CommandAccess.Moderators => command.IsModerator,
        CommandAccess.ChatManagers => command.IsModerator || command.ChatKind == ChatKind.Private,
        _ => false,
    };

    // Help lists the everyday commands first, in the order a newcomer needs them.
    private static int Order(string name)
    {
        var index = Array.IndexOf(s_helpOrder, name);
        return index < 0 ? s_helpOrder.Length : index;
    }

    private static readonly string[] s_helpOrder =
        ["help", "who", "meetings", "latest", "search", "article", "digest", "subscribe", "subscriptions", "unsubscribe", "timezone", "add", "remove"];

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused /{Command} from user {UserId} in {Chat}")]
    private partial void LogRefused(string command, string userId, string chat);
}
