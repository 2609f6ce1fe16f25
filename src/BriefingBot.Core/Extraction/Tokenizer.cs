using System.Globalization;
using System.Runtime.CompilerServices;
using BriefingBot.Core.Search;

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
    public static Token[] Tokenize(Sentence sentence) => Tokenize(sentence, out _);

    /// <summary>
    /// The sentence's tokens, and the <see cref="CueWords"/> it has: the same as <c>CueWords.Of(sentence.Text)</c>,
    /// read from the words met on the way (each word's cues are worked out once, when the thread first meets it).
    /// </summary>
    public static Token[] Tokenize(Sentence sentence, out Cue cues)
    {
        var text = sentence.Text;
        // Gathered in the thread's scratch list and copied out at their exact number: an array, not a list behind an
        // interface, so the stages that read every token many times index it directly.
        var tokens = t_scratch ??= new List<Token>(256);
        tokens.Clear();
        cues = Cue.None;
        var splitRun = false;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            if (IsLetterOrMark(text[i]))
            {
                i = WordEnd(text, i);
            }
            else if (char.IsDigit(text[i]))
            {
                i = NumberEnd(text, i, out var ordinal);
                // "5thursday": the ordinal ending and the letters after it are one run of letters in the text, two
                // tokens here. Cue words are read from runs of letters, so such a sentence is read whole instead.
                splitRun |= ordinal && i < text.Length && CueWords.IsLetter(text[i]);
            }
            else
            {
                i++;
            }

            tokens.Add(MakeToken(sentence.Start + start, text.AsSpan(start, i - start), ref cues));
        }

        if (splitRun)
        {
            cues = CueWords.Of(text);
        }

        return tokens.ToArray();
    }

    [ThreadStatic]
    private static List<Token>? t_scratch;

    // The possessive ending is cut before the word becomes a string, so each token allocates one string. (What is cut,
    // an apostrophe and at most an s, holds no cue word: those have three letters or more.)
    private static Token MakeToken(int start, ReadOnlySpan<char> word, ref Cue cues)
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

        var (text, wordCues, shape, index) = Intern(word);
        cues |= wordCues;
        t_terms?.Token(start, length, word.Length, index);
        return new Token(start, length, text, possessive, shape);
    }

    // Words recur from article to article: each extraction thread keeps one string per word it has met, with the cue
    // words it holds, so a token costs a lookup rather than an allocation, and its cues come with it (read from the
    // sentence's text again, they were a twelfth of extraction). The entry also says in which text the word was last
    // written as a token beginning in lower case (see WrittenInLowerCase). Bounded: emptied, when full, as a text begins.
    private const int InternLimit = 50_000;

    [ThreadStatic]
    private static WordTable? t_words;

    // The search terms of the text begun, while they are gathered (see BeginText).
    [ThreadStatic]
    private static TextTerms? t_terms;

    // The texts this thread has begun: a word's LowerIn is the number of the text it was last met in lower case.
    [ThreadStatic]
    private static int t_text;

    // LowerIn of the one-letter ASCII words, which are not in the table.
    [ThreadStatic]
    private static int[]? t_asciiLowerIn;

    // Punctuation and other one-character ASCII tokens, made once; a digit is a cue.
    private static readonly (string Text, Cue Cues, int Shape)[] s_ascii =
        [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).Select(t => (t, char.IsAsciiDigit(t[0]) ? Cue.Digit : Cue.None, Token.ShapeOf(t)))];

    /// <summary>
    /// Begins a text on this thread: <see cref="WrittenInLowerCase"/> answers for the sentences tokenized from now on.
    /// Given the text's body, the text's search terms are gathered from its tokens as its sentences are tokenized, in
    /// order (see <see cref="SearchTermsOf"/>).
    /// </summary>
    public static void BeginText(string? body = null)
    {
        if (t_text == int.MaxValue - 1 || t_words?.Count >= InternLimit)
        {
            t_words?.Clear();
            if (t_text == int.MaxValue - 1)
            {
                t_asciiLowerIn = null;
                t_text = 0;
            }
        }

        t_text++;
        t_terms = body is null ? null : new TextTerms(body, t_words ??= new WordTable(), Current);
    }

    /// <summary>
    /// The search terms of the text begun with its body and tokenized since: the terms of
    /// <c>SearchTerms.Of(title + " " + body)</c>, in another order and some maybe twice. Ends the gathering.
    /// </summary>
    public static List<string> SearchTermsOf(string title)
    {
        var terms = t_terms ?? throw new InvalidOperationException("The text was not begun with its body.");
        t_terms = null;
        return terms.End(title);
    }

    /// <summary>
    /// Whether a token of the sentences tokenized on this thread since <see cref="BeginText"/> is this word (as it is
    /// here, possessive cut) and begins with a lower-case letter: the name recognizer asks whether the text also writes
    /// a capitalised word in lower case. A set of the text's lower-case words, built for every article, was a twentieth
    /// of extraction; the name recognizer asks for a few words an article.
    /// </summary>
    public static bool WrittenInLowerCase(ReadOnlySpan<char> word)
    {
        if (word.Length == 1 && word[0] <= '\x7F')
        {
            return t_asciiLowerIn is { } ascii && ascii[word[0]] == Current;
        }

        if (t_words is not { } words)
        {
            return false;
        }

        ref var known = ref words.Find(word);
        return !Unsafe.IsNullRef(ref known) && known.LowerIn == Current;
    }

    // Numbered from 1: a word never met in lower case has LowerIn 0.
    private static int Current => t_text + 1;

    private static (string Text, Cue Cues, int Shape, int Index) Intern(ReadOnlySpan<char> word)
    {
        var lower = char.IsLower(word[0]);
        if (word.Length == 1 && word[0] <= '\x7F')
        {
            if (lower)
            {
                (t_asciiLowerIn ??= new int[128])[word[0]] = Current;
            }

            var (text, cues, shape) = s_ascii[word[0]];
            return (text, cues, shape, -1);
        }

        ref var entry = ref (t_words ??= new WordTable()).GetOrAdd(word, out var index);
        if (lower)
        {
            entry.LowerIn = Current;
        }

        return (entry.Text, entry.Cues, entry.Shape, index);
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
    private static int NumberEnd(string text, int i, out bool ordinal)
    {
        i = DigitsEnd(text, i + 1);
        while (i + 1 < text.Length && text[i] is '.' or ',' or ':' && char.IsDigit(text[i + 1]))
        {
            i = DigitsEnd(text, i + 2);
        }

        ordinal = i + 1 < text.Length && text.AsSpan(i, 2) is "st" or "nd" or "rd" or "th";
        return ordinal ? i + 2 : i;
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
