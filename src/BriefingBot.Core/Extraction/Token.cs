namespace BriefingBot.Core.Extraction;

/// <summary>A word or punctuation mark of a sentence; <see cref="Text"/> has any possessive 's removed.</summary>
internal readonly record struct Token(int Start, int Length, string Text, bool Possessive)
{
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
