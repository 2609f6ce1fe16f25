using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Extraction;

/// <summary>The extraction pipeline: deterministic, offline, one stage a class, called here in order.</summary>
public sealed class ArticleExtractor
{
    private readonly BoilerplateCleaner _cleaner = new();
    private readonly SentenceSplitter _splitter = new();
    private readonly NameRecognizer _names = new();
    private readonly RoleAttacher _roles = new();
    private readonly CoreferenceResolver _coreference = new();
    private readonly MeetingFinder _meetings = new();
    private readonly MeetingConsolidator _consolidator = new();
    private readonly Summarizer _summarizer = new();

    /// <summary>Reads one article. <paramref name="published"/> anchors relative dates.</summary>
    public ArticleExtraction Extract(ArticleDraft draft, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var text = _cleaner.Clean(draft.Body);
        var sentences = _splitter.Split(text);
        var tokens = new List<Token[]>(sentences.Count);
        var cues = new Cue[sentences.Count];
        Tokenizer.BeginText(draft.Body);
        for (var i = 0; i < sentences.Count; i++)
        {
            tokens.Add(Tokenizer.Tokenize(sentences[i], out cues[i]));
        }

        var mentions = _names.Find(sentences, tokens);
        var roles = _roles.Attach(mentions, sentences, tokens);
        var (persons, personOf) = _coreference.Resolve(mentions, roles, sentences);
        var actors = new ActorTable(mentions, roles, personOf, persons, sentences);
        var candidates = _meetings.Find(sentences, tokens, cues, mentions, personOf, published, PersonTitles(roles, personOf, persons.Count));
        var meetings = _consolidator.Consolidate(candidates, actors.PersonCountries, published);
        var (title, summary) = _summarizer.Summarize(draft.Title, sentences);
        return new ArticleExtraction(title, summary, actors.Mentions, actors.Actors, actors.ToMeetings(meetings))
        {
            SearchTerms = Tokenizer.SearchTermsOf(title),
        };
    }

    private static string?[] PersonTitles(IReadOnlyList<MentionRole?> roles, int[] personOf, int count)
    {
        var titles = new string?[count];
        for (var i = 0; i < roles.Count; i++)
        {
            if (personOf[i] >= 0 && roles[i]?.Title is { } title)
            {
                titles[personOf[i]] ??= title;
            }
        }

        return titles;
    }
}
