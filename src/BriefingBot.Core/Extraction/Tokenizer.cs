using System.Text.RegularExpressions;

namespace BriefingBot.Core.Extraction;

/// <summary>Cuts a sentence into words (with hyphens and apostrophes inside), numbers and punctuation.</summary>
internal static partial class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(Sentence sentence)
    {
        // About one token for every five characters of text; sized once rather than grown by doubling.
        var tokens = new List<Token>(sentence.Text.Length / 5 + 4);
        foreach (var m in TokenPattern().EnumerateMatches(sentence.Text))
        {
            // The possessive ending is cut before the word becomes a string, so each token allocates one string.
            var word = sentence.Text.AsSpan(m.Index, m.Length);
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

            tokens.Add(new Token(sentence.Start + m.Index, m.Length, word.ToString(), possessive));
        }

        return tokens;
    }

    [GeneratedRegex(@"[\p{L}\p{M}][\p{L}\p{M}\d]*(?:[-'’.][\p{L}\p{M}\d]+)*(?:['’]s?)?(?<=[^.])|\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?|\S")]
    private static partial Regex TokenPattern();
}
