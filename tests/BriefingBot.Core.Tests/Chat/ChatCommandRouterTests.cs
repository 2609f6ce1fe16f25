using BriefingBot.Core.Chat;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Core.Tests.Chat;

public sealed class ChatCommandRouterTests
{
    private sealed class CountingHandler : IChatCommandHandler
    {
        public int Calls { get; private set; }

        public IReadOnlyList<CommandInfo> Commands { get; } =
        [
            new("open", "/open", "anyone", "/open"),
            new("mod", "/mod", "moderators", "/mod", CommandAccess.Moderators),
            new("manage", "/manage", "chat managers", "/manage", CommandAccess.ChatManagers),
        ];

        public Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(Reply.Text("ran " + command.Name));
        }
    }

    private static ChatCommand Command(string name, bool moderator, ChatKind kind) =>
        new(new ChatAddress("test", "1"), kind, new ChatUser("u1", "User"), moderator, name, "");

    [Theory]
    [InlineData("open", false, ChatKind.Group, true)]
    [InlineData("mod", false, ChatKind.Private, false)]
    [InlineData("mod", true, ChatKind.Group, true)]
    [InlineData("manage", false, ChatKind.Private, true)]
    [InlineData("manage", false, ChatKind.Group, false)]
    [InlineData("manage", true, ChatKind.Group, true)]
    public async Task Access_is_checked_before_the_handler_runs(string name, bool moderator, ChatKind kind, bool runs)
    {
        var handler = new CountingHandler();
        var router = new ChatCommandRouter([handler], NullLogger<ChatCommandRouter>.Instance);

        var reply = await router.HandleAsync(Command(name, moderator, kind), CancellationToken.None);

        Assert.Equal(runs ? 1 : 0, handler.Calls);
        Assert.Equal(!runs, reply.IsError);
        Assert.Equal(!runs, reply.Private);
    }

    [Fact]
    public async Task An_unknown_command_points_to_help()
    {
        var router = new ChatCommandRouter([new CountingHandler()], NullLogger<ChatCommandRouter>.Instance);

        var reply = await router.HandleAsync(Command("frob", true, ChatKind.Private), CancellationToken.None);

        Assert.Equal("I don't know the command /frob. /help lists what I can do.\nExample: /help", PlainTextRenderer.Render(reply).ReplaceLineEndings("\n"));
    }
}
