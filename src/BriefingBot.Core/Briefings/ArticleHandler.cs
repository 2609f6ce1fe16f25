using System.Globalization;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Storage;
using Humanizer;

namespace BriefingBot.Core.Briefings;

/// <summary><c>/article &lt;id&gt;</c>: one article's summary, actors and meetings.</summary>
public sealed class ArticleHandler(IKnowledgeStore store) : IChatCommandHandler
{
    public IReadOnlyList<CommandInfo> Commands { get; } =
        [new("article", "/article <id>", "One article: summary, actors, meetings", "/article 12")];

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        if (!ArticleId.TryParse(command.Arguments, out var id))
        {
            return Reply.Mistake(ArticleId.Problem(command.Arguments, "article"), "/article 12");
        }

        var article = await store.GetArticleAsync(id, cancellationToken).ConfigureAwait(false);
        if (article is null)
        {
            return Reply.Mistake($"There is no article #{id}. /latest shows the newest ones.", "/latest");
        }

        var blocks = new List<ReplyBlock> { new HeadingBlock($"{ReplyText.Ref(article.Id)} {article.Title}") };
        var about = new List<string>();
        if (article.Published is DateOnly published)
        {
            about.Add(published.ToString("d MMMM yyyy", ReplyText.Culture));
        }

        if (article.Source is not null)
        {
            about.Add(article.Source);
        }

        if (about.Count > 0)
        {
            blocks.Add(new ParagraphBlock(Span.Italic(string.Join(", ", about))));
        }

        if (article.Url is not null)
        {
            blocks.Add(new ParagraphBlock(Span.Link(article.Url, article.Url)));
        }

        blocks.Add(new ParagraphBlock(article.Summary.Length > 0 ? article.Summary : ReplyText.Clip(article.Body, 300)));
        var actors = await store.GetActorsAsync(article.ActorIds, cancellationToken).ConfigureAwait(false);
        if (actors.Count > 0)
        {
            blocks.Add(new FieldBlock("Actors", actors.Select(a => a.Name).Humanize("and")));
        }

        var meetings = (await Task.WhenAll(article.MeetingIds.Select(m => store.GetMeetingAsync(m, cancellationToken))).ConfigureAwait(false)).OfType<Meetings.Meeting>().ToList();
        if (meetings.Count > 0)
        {
            var map = await ActorMap.ForAsync(store, meetings, cancellationToken).ConfigureAwait(false);
            blocks.Add(new HeadingBlock("Meetings"));
            blocks.Add(new ListBlock([.. meetings.Select(m => (IReadOnlyList<Span>)[new Span(MeetingText.Line(m, map))])]));
        }

        blocks.Add(new ParagraphBlock(Span.Italic($"{ReplyText.Count(article.Body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length, "word")}, added {article.IngestedAt.ToString("d MMMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture)}")));
        return new Reply(blocks);
    }
}
