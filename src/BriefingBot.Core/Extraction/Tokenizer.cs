using System.Text.RegularExpressions;

namespace BriefingBot.Core.Extraction;

/// <summary>Cuts a sentence into words (with hyphens and apostrophes inside), numbers and punctuation.</summary>
internal static partial class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(Sentence sentence)
    {
        var tokens = new List<Token>();
        foreach (Match m in TokenPattern().Matches(sentence.Text))
        {
            var text = m.Value;
            var possessive = false;
            if (text.Length > 2 && (text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal)))
            {
                text = text[..^2];
                possessive = true;
            }
            else if (text.Length > 2 && (text.EndsWith("s'", StringComparison.Ordinal) || text.EndsWith("s’", StringComparison.Ordinal)))
            {
                text = text[..^1];
                possessive = true;
            }

            tokens.Add(new Token(sentence.Start + m.Index, m.Length, text, possessive));
        }

        return tokens;
    }

    [GeneratedRegex(@"[\p{L}\p{M}][\p{L}\p{M}\d]*(?:[-'’.][\p{L}\p{M}\d]+)*(?:['’]s?)?(?<=[^.])|\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?|\S")]
    private static partial Regex TokenPattern();
}
