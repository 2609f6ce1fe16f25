namespace BriefingBot.Core.Extraction;

/// <summary>A word or punctuation mark of a sentence; <see cref="Text"/> has any possessive 's removed.</summary>
/// <remarks>
/// Sixteen bytes, not twenty-four: the length and the possessive flag share a field. An article's tokens are the
/// largest thing extraction allocates (a fifth of it), and every stage reads them many times over.
/// </remarks>
internal readonly record struct Token
{
    private const int PossessiveBit = 1 << 31;
    private const int WordBit = 1 << 30;
    private const int CapitalisedBit = 1 << 29;
    private const int AllCapsBit = 1 << 28;
    private const int LengthMask = (1 << 28) - 1;

    // The length and what the text looks like share a field: the stages ask every token's shape many times over, and
    // reading it from the text meant a trip to the string each time.
    private readonly int _lengthAndShape;

    public Token(int start, int length, string text, bool possessive)
        : this(start, length, text, possessive, ShapeOf(text))
    {
    }

    /// <summary>A token whose text's <see cref="ShapeOf"/> is known already (the tokenizer keeps it with each word).</summary>
    internal Token(int start, int length, string text, bool possessive, int shape)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, LengthMask);
        Start = start;
        Text = text;
        _lengthAndShape = length | shape | (possessive ? PossessiveBit : 0);
    }

    public int Start { get; }

    public string Text { get; }

    public int Length => _lengthAndShape & LengthMask;

    public bool Possessive => (_lengthAndShape & PossessiveBit) != 0;

    public int End => Start + Length;

    /// <summary>The text begins with a letter.</summary>
    public bool IsWord => (_lengthAndShape & WordBit) != 0;

    /// <summary>Title case: an upper-case letter followed by at least one lower-case letter ("Lavrov", "McCain").</summary>
    public bool IsCapitalised => (_lengthAndShape & CapitalisedBit) != 0;

    /// <summary>Two characters or more, a letter among them, and no letter in lower case ("NATO", "U.S").</summary>
    public bool IsAllCaps => (_lengthAndShape & AllCapsBit) != 0;

    public bool Is(string word) => string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The shape bits of a text: whether it is a word, capitalised, in capitals.</summary>
    internal static int ShapeOf(string text) =>
        (text.Length > 0 && char.IsLetter(text[0]) ? WordBit : 0)
        | (text.Length > 1 && char.IsUpper(text[0]) && HasLower(text) ? CapitalisedBit : 0)
        | (text.Length > 1 && AllLettersUpper(text) && HasLetter(text) ? AllCapsBit : 0);

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
