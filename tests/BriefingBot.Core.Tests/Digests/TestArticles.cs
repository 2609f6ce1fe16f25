using System.Globalization;
using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Tests.Digests;

/// <summary>Reads the test articles beside these tests: "key: value" lines, "---", then the body.</summary>
internal static class TestArticles
{
    private static int s_nextId;

    public static Article Load(string name, DateTimeOffset ingestedAt)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Articles", "Digests", name + ".txt"));
        var split = Array.IndexOf(lines, "---");
        var head = lines[..split].Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim());
        return new Article
        {
            Id = Interlocked.Increment(ref s_nextId),
            Title = head["title"],
            Source = head.GetValueOrDefault("source"),
            Url = head.GetValueOrDefault("url"),
            Body = string.Join('\n', lines[(split + 1)..]).Trim(),
            IngestedAt = ingestedAt,
            ActorIds = Ids(head.GetValueOrDefault("actors")),
            MeetingIds = Ids(head.GetValueOrDefault("meeting")),
        };
    }

    private static List<int> Ids(string? text) =>
        text is null ? [] : [.. text.Split(',').Select(t => int.Parse(t, CultureInfo.InvariantCulture))];
}
