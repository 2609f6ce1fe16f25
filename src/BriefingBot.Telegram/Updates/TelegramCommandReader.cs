using System.Globalization;
using BriefingBot.Core.Chat;
using BriefingBot.Telegram.Moderation;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BriefingBot.Telegram.Updates;

/// <summary>
/// Turns a Telegram message into the core's <see cref="ChatCommand"/>: the command from the text or a document's
/// caption, who sent it and whether they moderate there, the replied-to message (with its forward origin and date),
/// and for <c>/add</c> the attached document, downloaded within the size limit.
/// </summary>
internal sealed class TelegramCommandReader(
    ITelegramBotClient bot,
    TelegramModerators moderators,
    ChatCommandRouter router,
    TelegramBotIdentity identity,
    IOptions<TelegramOptions> options)
{
    private static readonly string[] s_documentExtensions = [".txt", ".md", ".html", ".htm"];

    private readonly TelegramOptions _options = options.Value;

    /// <summary>The command in <paramref name="text"/> sent by <paramref name="from"/> in <paramref name="chat"/>; null when it is no command for this bot.</summary>
    public async Task<ChatCommand?> ReadAsync(Chat chat, User from, string? text, CancellationToken cancellationToken)
    {
        if (from.IsBot || !ChatCommandParser.TryParse(text, identity.Username, out var name, out var arguments))
        {
            return null;
        }

        // A group may have several bots: a bare command this bot does not know is probably another bot's.
        if (chat.Type != ChatType.Private && name != "start" && !router.Knows(name) && !text!.TrimStart().Split(' ', '\n')[0].Contains('@', StringComparison.Ordinal))
        {
            return null;
        }

        var access = router.Commands.FirstOrDefault(c => c.Name == name)?.Access ?? CommandAccess.Everyone;
        var isModerator = access == CommandAccess.Everyone
            ? moderators.IsConfiguredModerator(from.Id)
            : await moderators.IsModeratorAsync(chat.Id, chat.Type, from.Id, cancellationToken).ConfigureAwait(false);

        return new ChatCommand(
            TelegramChats.Address(chat.Id),
            chat.Type == ChatType.Private ? ChatKind.Private : ChatKind.Group,
            new ChatUser(from.Id.ToString(CultureInfo.InvariantCulture), DisplayName(from)),
            isModerator,
            name,
            arguments);
    }

    /// <summary>The command in a message, with what it replies to and its document; or a reply explaining a bad document.</summary>
    public async Task<(ChatCommand? Command, Reply? Problem)> ReadAsync(Message message, CancellationToken cancellationToken)
    {
        if (message.From is null)
        {
            return (null, null);
        }

        var command = await ReadAsync(message.Chat, message.From, message.Text ?? message.Caption, cancellationToken).ConfigureAwait(false);
        if (command is null)
        {
            return (null, null);
        }

        command = command with { Quoted = Quote(message.ReplyToMessage) };

        // Only a moderator's /add downloads anything; for anyone else the router refuses and nothing is fetched.
        if (message.Document is { } document && command.Name == "add" && command.IsModerator)
        {
            var (attachment, problem) = await DownloadAsync(document, cancellationToken).ConfigureAwait(false);
            if (problem is not null)
            {
                return (null, problem);
            }

            command = command with { Attachment = attachment };
        }

        return (command, null);
    }

    private async Task<(ChatAttachment? Attachment, Reply? Problem)> DownloadAsync(Document document, CancellationToken cancellationToken)
    {
        var fileName = document.FileName ?? "document.txt";
        if (!s_documentExtensions.Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase))
        {
            return (null, Reply.Mistake($"I can only add .txt, .md or .html documents, not {fileName}.", "a file named article.txt with the caption /add"));
        }

        var limit = _options.MaxDocumentBytes;
        if (document.FileSize > limit)
        {
            return (null, TooLarge(fileName, limit));
        }

        var file = await bot.GetFile(document.FileId, cancellationToken).ConfigureAwait(false);
        if (file.FilePath is null)
        {
            return (null, Reply.Mistake($"Telegram would not let me download {fileName}; please send it again.", "a file named article.txt with the caption /add"));
        }

        using var buffer = new BoundedBuffer(limit);
        try
        {
            await bot.DownloadFile(file.FilePath, buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (StoppedAtLimit(e))
        {
            return (null, TooLarge(fileName, limit));
        }

        var content = buffer.ToArray();
        if (HtmlDocument.IsHtml(fileName))
        {
            var article = HtmlDocument.ToArticleFile(content, fileName);
            if (article is null)
            {
                return (null, Reply.Mistake($"I could not find an article's text in {fileName}.", "a file named article.html with the caption /add"));
            }

            content = article;
        }

        return (new ChatAttachment(fileName, document.MimeType, content), null);
    }

    // The client and HttpClient wrap what the buffer threw; look through the layers.
    private static bool StoppedAtLimit(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is FileTooLargeException)
            {
                return true;
            }
        }

        return false;
    }

    private static Reply TooLarge(string fileName, int limit) =>
        Reply.Mistake($"{fileName} is larger than {limit / 1024} KB, the most I add from a document.", "/add https://example.com/article (a link to the page)");

    private static QuotedMessage? Quote(Message? replied)
    {
        var text = replied?.Text ?? replied?.Caption;
        if (replied is null || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return replied.ForwardOrigin switch
        {
            MessageOriginChannel channel => new QuotedMessage(text, channel.Chat.Title ?? channel.AuthorSignature, Utc(channel.Date)),
            MessageOriginChat group => new QuotedMessage(text, group.SenderChat.Title ?? group.AuthorSignature, Utc(group.Date)),
            MessageOriginUser user => new QuotedMessage(text, DisplayName(user.SenderUser), Utc(user.Date)),
            MessageOriginHiddenUser hidden => new QuotedMessage(text, hidden.SenderUserName, Utc(hidden.Date)),
            _ => new QuotedMessage(text, replied.From is { } author ? DisplayName(author) : replied.Chat.Title, Utc(replied.Date)),
        };
    }

    // Telegram.Bot reads Unix times as UTC; say so, so nothing shifts them by the server's zone.
    private static DateTimeOffset Utc(DateTime date) => new(DateTime.SpecifyKind(date, DateTimeKind.Utc));

    private static string DisplayName(User user) =>
        string.Join(' ', new[] { user.FirstName, user.LastName }.Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } name
            ? name
            : user.Username ?? user.Id.ToString(CultureInfo.InvariantCulture);
}
