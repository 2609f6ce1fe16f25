using BriefingBot.Core.Actors;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Storage;
using Humanizer;

namespace BriefingBot.Core.Articles;

/// <summary>
/// <c>/add</c>: a moderator adds an article as text (front matter allowed), a URL, an attached file,
/// or by replying to a message. The receipt names what was found, or the article it already is.
/// </summary>
public sealed class AddArticleHandler(ArticleIngestor ingestor, ArticleFileReader reader, IKnowledgeStore store, IArticleFetcher? fetcher = null) : IChatCommandHandler
{
    private const string Example = "/add https://example.com/news/talks-in-ankara";

    public IReadOnlyList<CommandInfo> Commands { get; } =
        [new("add", "/add <text | url>, or a file, or a reply", "Add an article to the briefing", Example, CommandAccess.Moderators)];

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var (draft, error) = await DraftAsync(command, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            return Reply.Mistake(error!, Example);
        }

        var result = await ingestor.IngestAsync(draft, $"{command.Chat.Platform}:{command.Sender.Id}", cancellationToken).ConfigureAwait(false);
        return result.Status switch
        {
            IngestStatus.Refused => Reply.Mistake(result.Error!, Example),
            IngestStatus.AlreadyIndexed => Reply.Text($"Already indexed as {ReplyText.Ref(result.Article!.Id)}: {result.Article.Title}"),
            _ => await ReceiptAsync(result, cancellationToken).ConfigureAwait(false),
        };
    }

    private async Task<(ArticleDraft? Draft, string? Error)> DraftAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var arguments = command.Arguments.Trim();
        if (command.Attachment is { } file)
        {
            return reader.Read(file.Content, file.FileName);
        }

        if (Uri.TryCreate(arguments, UriKind.Absolute, out var url) && !arguments.Contains(' ', StringComparison.Ordinal) && url.Scheme is "http" or "https")
        {
            if (fetcher is null)
            {
                return (null, "This bot cannot fetch web pages; paste the article's text after /add instead.");
            }

            var fetched = await fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false);
            return fetched.Draft is null ? (null, fetched.Error) : (fetched.Draft with { Url = fetched.Draft.Url ?? url.ToString() }, null);
        }

        if (arguments.Length > 0)
        {
            return reader.ReadText(arguments);
        }

        if (command.Quoted is { } quoted && !string.IsNullOrWhiteSpace(quoted.Text))
        {
            var (draft, error) = reader.ReadText(quoted.Text);
            return draft is null
                ? (null, error)
                : (draft with { Source = draft.Source ?? quoted.Source, Published = draft.Published ?? (quoted.Date is { } d ? DateOnly.FromDateTime(d.UtcDateTime) : null) }, null);
        }

        return (null, "Give me the article: its text or URL after /add, a file with /add as caption, or reply /add to a message.");
    }

    private async Task<Reply> ReceiptAsync(IngestResult result, CancellationToken cancellationToken)
    {
        var article = result.Article!;
        var blocks = new List<ReplyBlock> { new HeadingBlock($"Added {ReplyText.Ref(article.Id)}: {article.Title}") };
        var people = result.Actors.Where(a => a.Kind == ActorKind.Person).Select(a => a.Name).ToList();
        var others = result.Actors.Where(a => a.Kind != ActorKind.Person).Select(a => a.Name).ToList();
        blocks.Add(new FieldBlock("People", people.Count == 0 ? "none found" : Clipped(people)));
        if (others.Count > 0)
        {
            blocks.Add(new FieldBlock("Countries, places and organisations", Clipped(others)));
        }

        if (result.Meetings.Count > 0)
        {
            var map = await ActorMap.ForAsync(store, result.Meetings, cancellationToken).ConfigureAwait(false);
            blocks.Add(new HeadingBlock("Meetings"));
            blocks.Add(new ListBlock([.. result.Meetings.Select(m => (IReadOnlyList<Span>)[new Span(MeetingText.Line(m, map))])]));
        }
        else
        {
            blocks.Add(new FieldBlock("Meetings", "none found"));
        }

        return new Reply(blocks);
    }

    private static string Clipped(List<string> names) =>
        names.Count <= 12 ? names.Humanize("and") : names.Take(12).Append($"{names.Count - 12} more").Humanize("and");
}
