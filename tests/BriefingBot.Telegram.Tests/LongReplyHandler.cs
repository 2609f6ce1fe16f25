using System.Globalization;
using System.Text;
using BriefingBot.Core.Chat;

namespace BriefingBot.Telegram.Tests;

/// <summary><c>/long</c>: a 9,000-character answer full of characters HTML must escape, with bold runs inside.</summary>
public sealed class LongReplyHandler : IChatCommandHandler
{
    public IReadOnlyList<CommandInfo> Commands { get; } = [new("long", "/long", "A very long answer", "/long")];

    public static string PlainText { get; } = Build();

    public Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        // One huge paragraph with styled spans, so the split must fall inside it, between sentences.
        var spans = new List<Span>();
        foreach (var sentence in PlainText.Split(". ", StringSplitOptions.RemoveEmptyEntries))
        {
            var text = sentence.EndsWith('.') ? sentence : sentence + ". ";
            spans.Add(text.Contains("<Ankara>", StringComparison.Ordinal) ? Span.Bold(text) : new Span(text));
        }

        return Task.FromResult(new Reply([new HeadingBlock("A long story"), new ParagraphBlock(spans)]));
    }

    private static string Build()
    {
        var text = new StringBuilder();
        for (var i = 1; text.Length < 9000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Sentence {i} says that talks in <Ankara> & \"Istanbul\" went on late. ");
        }

        return text.ToString().TrimEnd();
    }
}
