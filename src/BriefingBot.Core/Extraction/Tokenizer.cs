using System.Globalization;

namespace BriefingBot.Core.Extraction;

/// <summary>
/// Cuts a sentence into words (with hyphens and apostrophes inside), numbers and punctuation. A word is a letter, then
/// letters, marks and digits, with inner parts joined by - ' ’ or . ("al-Assad", "U.S") and an optional closing ' or ’s
/// ("leaders'"); a number is digits with inner . , or : parts and an ordinal ending ("1,200", "3rd"); any other visible
/// character stands alone. That is the regex
/// <c>[\p{L}\p{M}][\p{L}\p{M}\d]*(?:[-'’.][\p{L}\p{M}\d]+)*(?:['’]s?)?|\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?|\S</c>, read by
/// hand: every branch is greedy with nothing after it to backtrack for, and a call of the regex per token cost more
/// than the scanning.
/// </summary>
internal static class Tokenizer
{
    public static Token[] Tokenize(Sentence sentence)
    {
        var text = sentence.Text;
        // Gathered in the thread's scratch list and copied out at their exact number: an array, not a list behind an
        // interface, so the stages that read every token many times index it directly.
        var tokens = t_scratch ??= new List<Token>(256);
        tokens.Clear();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            i = IsLetterOrMark(text[i]) ? WordEnd(text, i) : char.IsDigit(text[i]) ? NumberEnd(text, i) : i + 1;
            tokens.Add(MakeToken(sentence.Start + start, text.AsSpan(start, i - start)));
        }

        return tokens.ToArray();
    }

    [ThreadStatic]
    private static List<Token>? t_scratch;

    // The possessive ending is cut before the word becomes a string, so each token allocates one string.
    private static Token MakeToken(int start, ReadOnlySpan<char> word)
    {
        var length = word.Length;
        var possessive = false;
        if (word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)))
        {
            word = word[..^2];
            possessive = true;
        }
        else if (word.Length > 2 && (word.EndsWith("s'", StringComparison.Ordinal) || word.EndsWith("s’", StringComparison.Ordinal)))
        {
            word = word[..^1];
            possessive = true;
        }

        return new Token(start, length, Intern(word), possessive);
    }

    // Words recur from article to article: each extraction thread keeps one string per word it has met, so a token
    // costs a lookup rather than an allocation. Bounded: emptied when full.
    private const int InternLimit = 50_000;

    [ThreadStatic]
    private static Dictionary<string, string>? t_words;

    // Punctuation and other one-character ASCII tokens, made once.
    private static readonly string[] s_ascii = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private static string Intern(ReadOnlySpan<char> word)
    {
        if (word.Length == 1 && word[0] <= '\x7F')
        {
            return s_ascii[word[0]];
        }

        var words = t_words ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var known))
        {
            return known;
        }

        if (words.Count >= InternLimit)
        {
            words.Clear();
        }

        var text = word.ToString();
        words[text] = text;
        return text;
    }

    // [\p{L}\p{M}][\p{L}\p{M}\d]*(?:[-'’.][\p{L}\p{M}\d]+)*(?:['’]s?)?
    private static int WordEnd(string text, int i)
    {
        i = WordCharsEnd(text, i + 1);
        while (i + 1 < text.Length && text[i] is '-' or '\'' or '’' or '.' && IsWordChar(text[i + 1]))
        {
            i = WordCharsEnd(text, i + 2);
        }

        if (i < text.Length && text[i] is '\'' or '’')
        {
            i++;
            if (i < text.Length && text[i] == 's')
            {
                i++;
            }
        }

        return i;
    }

    // \d+(?:[.,:]\d+)*(?:st|nd|rd|th)?
    private static int NumberEnd(string text, int i)
    {
        i = DigitsEnd(text, i + 1);
        while (i + 1 < text.Length && text[i] is '.' or ',' or ':' && char.IsDigit(text[i + 1]))
        {
            i = DigitsEnd(text, i + 2);
        }

        if (i + 1 < text.Length && text.AsSpan(i, 2) is "st" or "nd" or "rd" or "th")
        {
            i += 2;
        }

        return i;
    }

    private static int WordCharsEnd(string text, int i)
    {
        while (i < text.Length && IsWordChar(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int DigitsEnd(string text, int i)
    {
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsWordChar(char c) => IsLetterOrMark(c) || char.IsDigit(c);

    // ASCII first: no mark is ASCII, and most text is.
    private static bool IsLetterOrMark(char c) =>
        c <= '\x7F'
            ? char.IsAsciiLetter(c)
            : char.IsLetter(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
