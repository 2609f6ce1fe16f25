namespace BriefingBot.Core.Extraction;

/// <summary>One sentence (or heading line) of the cleaned body; <see cref="Start"/> is its offset in the body.</summary>
internal sealed record Sentence(int Index, int Start, string Text)
{
    public int End => Start + Text.Length;
}
