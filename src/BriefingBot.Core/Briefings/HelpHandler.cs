using BriefingBot.Core.Chat;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Core.Briefings;

/// <summary><c>/help</c> (and <c>/start</c>): every command with its usage, moderator commands marked.</summary>
public sealed class HelpHandler(IServiceProvider services) : IChatCommandHandler
{
    public IReadOnlyList<CommandInfo> Commands { get; } =
        [new("help", "/help", "What I can do", "/help"), new("start", "/start", "Say hello", "/start")];

    public Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        // Resolved on use: the router depends on every handler, this one included.
        var router = services.GetRequiredService<ChatCommandRouter>();
        var visible = router.Commands.Where(c => c.Name != "start").ToList();
        var blocks = new List<ReplyBlock>();
        if (command.Name == "start")
        {
            blocks.Add(new ParagraphBlock("Hello! I keep a briefing on world affairs: who the actors are, which meetings took place or are planned, and a digest of what is new."));
        }

        blocks.Add(new HeadingBlock("Commands"));
        blocks.Add(new ListBlock([.. visible.Where(c => c.Access != CommandAccess.Moderators).Select(Item)]));
        var moderation = visible.Where(c => c.Access == CommandAccess.Moderators).ToList();
        if (moderation.Count > 0)
        {
            blocks.Add(new HeadingBlock(command.IsModerator ? "For moderators (you)" : "For moderators"));
            blocks.Add(new ListBlock([.. moderation.Select(Item)]));
        }

        return Task.FromResult(new Reply(blocks));
    }

    private static IReadOnlyList<Span> Item(CommandInfo info) => [Span.Code(info.Usage), new Span(" — " + info.Description)];
}
