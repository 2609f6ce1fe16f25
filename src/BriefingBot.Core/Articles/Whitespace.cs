namespace BriefingBot.Core.Articles;

/// <summary>Text with every run of whitespace made one space and the ends trimmed.</summary>
internal static class Whitespace
{
    /// <summary>
    /// Writes <paramref name="text"/>'s words with one space between them (as <c>string.Join(' ', text.Split(null,
    /// RemoveEmptyEntries))</c> gives them) into <paramref name="destination"/>, at least as long as the text, and
    /// returns how many characters it wrote: no string per word.
    /// </summary>
    public static int Collapse(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        var gap = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                gap = length > 0;
                continue;
            }

            if (gap)
            {
                destination[length++] = ' ';
                gap = false;
            }

            destination[length++] = c;
        }

        return length;
    }
}
