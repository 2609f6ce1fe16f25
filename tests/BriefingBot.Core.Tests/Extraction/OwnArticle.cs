using BriefingBot.Core.Actors;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Tests.Extraction;

/// <summary>Reads one of our own test articles (with its front matter) through the whole pipeline.</summary>
internal static class OwnArticle
{
    public static ArticleExtraction Read(string file)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Articles", file));
        Assert.True(FrontMatter.TryParse(text, file, out var draft, out var error), error);
        return new ArticleExtractor().Extract(draft, draft.Published ?? new DateOnly(2023, 1, 1));
    }

    /// <summary>The sentences of all our test articles, roughly (each line cut at ". "): enough for pattern checks.</summary>
    public static List<string> AllSentences()
    {
        var sentences = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Articles"), "*.txt")
            .SelectMany(File.ReadAllLines)
            .SelectMany(line => line.Split(". "))
            .ToList();
        Assert.True(sentences.Count > 200, $"{sentences.Count} sentences");
        return sentences;
    }

    public static ExtractedActor Person(ArticleExtraction result, string name) =>
        Assert.Single(result.Actors, a => a.Kind == ActorKind.Person && a.Name == name);

    public static IEnumerable<string> Names(ArticleExtraction result, ActorKind kind) =>
        result.Actors.Where(a => a.Kind == kind).Select(a => a.Name);

    public static IEnumerable<string> Participants(ArticleExtraction result, Meetings.MeetingKind? kind = null) =>
        result.Meetings.Where(m => kind is null || m.Kind == kind).SelectMany(m => m.Participants).Select(p => result.Actors[p].Name);
}
