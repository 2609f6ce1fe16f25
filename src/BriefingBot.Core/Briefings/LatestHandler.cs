using System.Globalization;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Storage;

namespace BriefingBot.Core.Briefings;

/// <summary><c>/latest [n]</c>: the newest articles.</summary>
public sealed class LatestHandler(IKnowledgeStore store) : IChatCommandHandler
{
    private const int Max = 25;

    public IReadOnlyList<CommandInfo> Commands { get; } =
        [new("latest", "/latest [n]", "The newest articles (5 unless you say)", "/latest 10")];

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var count = 5;
        if (command.Arguments.Length > 0 && (!int.TryParse(command.Arguments, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1 || count > Max))
        {
            return Reply.Mistake($"\"{command.Arguments}\" is not a number of articles from 1 to {Max}.", "/latest 10");
        }

        var articles = await store.LatestArticlesAsync(count, cancellationToken).ConfigureAwait(false);
        if (articles.Count == 0)
        {
            return Reply.Text("No articles yet. Moderators add them with /add.");
        }

        return new Reply([
            new HeadingBlock("Latest articles"),
            new ListBlock([.. articles.Select(a => (IReadOnlyList<Span>)[new Span(ReplyText.ArticleLine(a))])]),
        ]);
    }
}
