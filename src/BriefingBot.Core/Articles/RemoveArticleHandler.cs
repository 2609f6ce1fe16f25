using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Storage;

namespace BriefingBot.Core.Articles;

/// <summary><c>/remove &lt;id&gt;</c>: a moderator takes an article out, with the facts only it supported.</summary>
public sealed class RemoveArticleHandler(IKnowledgeStore store) : IChatCommandHandler
{
    public IReadOnlyList<CommandInfo> Commands { get; } =
        [new("remove", "/remove <id>", "Remove an article and what only it said", "/remove 12", CommandAccess.Moderators)];

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        if (!ArticleId.TryParse(command.Arguments, out var id))
        {
            return Reply.Mistake(ArticleId.Problem(command.Arguments, "article to remove"), "/remove 12");
        }

        var article = await store.GetArticleAsync(id, cancellationToken).ConfigureAwait(false);
        if (article is null || !await store.RemoveArticleAsync(id, cancellationToken).ConfigureAwait(false))
        {
            return Reply.Mistake($"There is no article #{id}; nothing was removed.", "/remove 12");
        }

        return Reply.Text($"Removed {ReplyText.Ref(id)}: {article.Title}");
    }
}
