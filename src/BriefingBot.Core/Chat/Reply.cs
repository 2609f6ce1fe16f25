namespace BriefingBot.Core.Chat;

/// <summary>What the bot answers, independent of platform.</summary>
public sealed record Reply(IReadOnlyList<ReplyBlock> Blocks)
{
    /// <summary>Choices to offer (Telegram inline keyboard, Discord buttons); the console lists them.</summary>
    public IReadOnlyList<ReplyButton> Buttons { get; init; } = [];

    /// <summary>True when the reply tells the user their input was wrong or not allowed.</summary>
    public bool IsError { get; init; }

    /// <summary>Shown only to the sender where the platform can (Discord ephemeral messages).</summary>
    public bool Private { get; init; }

    public static Reply Text(string text) => new([new ParagraphBlock(new Span(text))]);

    public static Reply Of(params ReplyBlock[] blocks) => new(blocks);

    /// <summary>A user mistake: what was wrong and one example of the right form.</summary>
    public static Reply Mistake(string whatWasWrong, string example) =>
        new([new ParagraphBlock(new Span(whatWasWrong)), new ParagraphBlock(new Span("Example: "), Span.Code(example))]) { IsError = true };

    /// <summary>A polite refusal (not allowed here); the store is untouched.</summary>
    public static Reply Refusal(string why) => new([new ParagraphBlock(new Span(why))]) { IsError = true, Private = true };
}
