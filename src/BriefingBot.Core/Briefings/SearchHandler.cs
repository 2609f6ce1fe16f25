using System.Buffers;
using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Storage;

namespace BriefingBot.Core.Briefings;

/// <summary><c>/search &lt;words&gt;</c>: articles containing every word, with a snippet around the first.</summary>
public sealed class SearchHandler(IKnowledgeStore store) : IChatCommandHandler
{
    private const int Limit = 10;

    public IReadOnlyList<CommandInfo> Commands { get; } =
        [new("search", "/search <words>", "Articles that contain all the words", "/search ceasefire Idlib")];

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var words = command.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return Reply.Mistake("Tell me what to look for: /search followed by one or more words.", "/search ceasefire Idlib");
        }

        var hits = await store.SearchArticlesAsync(words, Limit, cancellationToken).ConfigureAwait(false);
        if (hits.Count == 0)
        {
            return Reply.Text($"No article contains {string.Join(" and ", words.Select(w => $"\"{w}\""))}.");
        }

        var items = hits.Select(a => (IReadOnlyList<Span>)[Span.Bold(ReplyText.ArticleLine(a)), new Span("\n" + Snippet(a.Body, words))]).ToList();
        return new Reply([new HeadingBlock($"Articles with \"{string.Join(' ', words)}\""), new ListBlock(items)]);
    }

    /// <summary>About 200 characters around the first place one of the words occurs, cut at word boundaries.</summary>
    internal static string Snippet(string body, IReadOnlyList<string> words)
    {
        var flat = Flat(body);
        var folded = ActorKeys.Fold(flat);
        var at = -1;
        foreach (var word in words.Select(ActorKeys.Fold).Where(w => w.Length > 0))
        {
            var i = folded.IndexOf(word, StringComparison.Ordinal);
            if (i >= 0 && (at < 0 || i < at))
            {
                at = i;
            }
        }

        // Folding can change lengths a little; the position is a guide, the cut is made on the original text.
        var start = Math.Clamp(at < 0 ? 0 : at - 80, 0, flat.Length);
        var space = start == 0 ? 0 : flat.IndexOf(' ', start);
        start = space < 0 ? start : space + (start == 0 ? 0 : 1);
        var snippet = ReplyText.Clip(flat[start..], 220);
        return start > 0 ? "…" + snippet : snippet;
    }

    /// <summary>
    /// The text's words with one space between them, as <c>string.Join(' ', text.Split(null, RemoveEmptyEntries))</c>
    /// gives them, in one string: splitting made a string of every word, about 40 KB for each article a /search shows.
    /// </summary>
    internal static string Flat(string text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            return new string(buffer, 0, Whitespace.Collapse(text, buffer));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
