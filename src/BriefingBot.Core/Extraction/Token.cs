namespace BriefingBot.Core.Extraction;

/// <summary>A word or punctuation mark of a sentence; <see cref="Text"/> has any possessive 's removed.</summary>
/// <remarks>
/// Sixteen bytes, not twenty-four: the length and the possessive flag share a field. An article's tokens are the
/// largest thing extraction allocates (a fifth of it), and every stage reads them many times over.
/// </remarks>
internal readonly record struct Token
{
    private const int PossessiveBit = 1 << 31;

    private readonly int _lengthAndPossessive;

    public Token(int start, int length, string text, bool possessive)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Text = text;
        _lengthAndPossessive = length | (possessive ? PossessiveBit : 0);
    }

    public int Start { get; }

    public string Text { get; }

    public int Length => _lengthAndPossessive & ~PossessiveBit;

    public bool Possessive => (_lengthAndPossessive & PossessiveBit) != 0;

    public int End => Start + Length;

    public bool IsWord => Text.Length > 0 && char.IsLetter(Text[0]);

    /// <summary>Title case: an upper-case letter followed by at least one lower-case letter ("Lavrov", "McCain").</summary>
    public bool IsCapitalised => Text.Length > 1 && char.IsUpper(Text[0]) && HasLower(Text);

    public bool IsAllCaps => Text.Length > 1 && AllLettersUpper(Text) && HasLetter(Text);

    public bool Is(string word) => string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

    // Loops rather than LINQ: the stages ask these of every token, many times over.
    private static bool HasLower(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllLettersUpper(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
