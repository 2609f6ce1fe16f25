using BriefingBot.Core.Search;

namespace BriefingBot.Core.Extraction;

/// <summary>
/// One text's search terms (<see cref="SearchTerms"/>), gathered as the tokenizer meets its words rather than by
/// reading the text again: splitting whole bodies into terms was a sixth of what ingestion did besides what storing
/// the article alone does.
/// </summary>
/// <remarks>
/// Each word's terms are worked out once per thread and kept with the word (<see cref="WordTable.TakeTerms"/>), so a
/// token whose neighbours in the body separate it from them (<see cref="SearchTerms.Separates"/>) costs a look at two
/// characters, and a word met again in the same text not even that. The rest of the body is split as text: what the
/// boilerplate cleaner blanked, and words written together with their neighbours ("5km", "€5bn"), whose terms run
/// across their tokens. A text cut next to a separating character has the terms of its parts, so the terms are those
/// of the whole text, in another order, a term given by two forms of a word ("Talks", "talks") or by a word and the
/// text around others given twice.
/// </remarks>
internal sealed class TextTerms
{
    private readonly string _body;
    private readonly WordTable _words;
    private readonly int _text;
    private readonly SearchTerms.TermTable _table = SearchTerms.TermTable.OfThread;
    private readonly List<string> _terms;

    // The body before this has been split: up to the end of the last token whose terms were taken.
    private int _splitTo;

    /// <summary>Gathers the terms of <paramref name="body"/>, text number <paramref name="text"/> of the thread whose words are <paramref name="words"/>.</summary>
    public TextTerms(string body, WordTable words, int text)
    {
        _body = body;
        _words = words;
        _text = text;
        _table.BeginText();
        // About one distinct term per 20 characters of an article's body.
        _terms = new List<string>(body.Length / 20 + 8);
    }

    /// <summary>
    /// The next token: <paramref name="length"/> characters of the body from <paramref name="start"/>, its word the
    /// first <paramref name="wordLength"/> of them (a possessive ending cut); <paramref name="index"/> is the word's
    /// entry in the thread's word table, -1 for a one-character ASCII token, which is never a term.
    /// </summary>
    public void Token(int start, int length, int wordLength, int index)
    {
        if (start < _splitTo || (index < 0 && !char.IsAsciiLetterOrDigit(_body[start])))
        {
            // Text split already (a sentence tokenized again), or punctuation: it separates, and the text around it is
            // split as it comes.
            return;
        }

        var end = start + length;
        if (!SeparatedAt(start - 1) || !SeparatedAt(end) || (wordLength < length && !SeparatedAt(start + wordLength)))
        {
            // Its terms may run into its neighbours': left to the text around it.
            return;
        }

        SearchTerms.Add(_body.AsSpan(_splitTo, start - _splitTo), _table, _terms);

        if (index >= 0)
        {
            _words.TakeTerms(index, _text, _terms);
        }

        _splitTo = end;
    }

    /// <summary>The terms of the title, a space and the body, some maybe twice.</summary>
    public List<string> End(string title)
    {
        SearchTerms.Add(_body.AsSpan(_splitTo), _table, _terms);
        SearchTerms.Add(title, _table, _terms);
        return _terms;
    }

    // The body's ends separate too (the title and the body are joined by a space).
    private bool SeparatedAt(int i) => i < 0 || i >= _body.Length || SearchTerms.Separates(_body[i]);
}
