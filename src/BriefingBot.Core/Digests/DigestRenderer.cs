using System.Globalization;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Subscriptions;
using Humanizer;

namespace BriefingBot.Core.Digests;

/// <summary>
/// Turns a digest into a reply: one block per section and one list item per story or meeting, so every
/// platform's renderer can split between items and never has to cut a sentence. A digest is read at a glance:
/// it lists the biggest stories and the latest meeting updates, each story with its first few sources, and
/// counts the rest, so a busy day is a message or two rather than dozens.
/// </summary>
public static class DigestRenderer
{
    /// <summary>A digest that was due this long before it went out says the bot was offline.</summary>
    public static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(5);

    /// <summary>Stories listed; more are counted.</summary>
    public const int MaxStories = 10;

    /// <summary>Sources named per story; more are counted.</summary>
    public const int MaxSources = 5;

    /// <summary>Meeting updates listed; more are counted.</summary>
    public const int MaxMeetings = 10;

    public static Reply Render(Digest digest, TimeZoneInfo zone, DateTimeOffset now) => Render(digest, zone, now, Sections(digest));

    /// <summary>
    /// Renders the digest with <paramref name="sections"/> made by <see cref="Sections"/> for the same contents:
    /// many chats get the same window and topic, and their sections need rendering once.
    /// </summary>
    public static Reply Render(Digest digest, TimeZoneInfo zone, DateTimeOffset now, IReadOnlyList<ReplyBlock> sections)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(sections);
        var blocks = new List<ReplyBlock>
        {
            new HeadingBlock(digest.Topic is null ? "Briefing digest" : $"Briefing digest: {digest.Topic}"),
        };

        var counts = new List<string>();
        if (digest.Stories.Count > 0)
        {
            counts.Add(ReplyText.Count(digest.Stories.Count, "new story"));
        }

        if (digest.Meetings.Count > 0)
        {
            counts.Add(ReplyText.Count(digest.Meetings.Count, "meeting update"));
        }

        var what = counts.Count == 0 ? "Nothing new" : char.ToUpperInvariant(counts.Humanize("and")[0]) + counts.Humanize("and")[1..];
        blocks.Add(new ParagraphBlock(new Span($"{what} since {RunTimeText.DescribePast(digest.Since, zone, now)}.")));

        if (digest.Runs > 1)
        {
            blocks.Add(new ParagraphBlock(Span.Italic(
                $"The bot was offline for {ReplyText.Count(digest.Runs, "scheduled digest")}; this one covers all of them.")));
        }
        else if (digest.DueAt is { } due && now - due > LateAfter)
        {
            blocks.Add(new ParagraphBlock(Span.Italic(
                $"This digest was due {RunTimeText.DescribePast(due, zone, now)}; the bot was offline then.")));
        }

        blocks.AddRange(sections);
        return new Reply(blocks);
    }

    /// <summary>The stories, meetings and actors of the digest: they depend only on what it holds, not on the chat.</summary>
    public static IReadOnlyList<ReplyBlock> Sections(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var blocks = new List<ReplyBlock>();
        if (digest.Stories.Count > 0)
        {
            blocks.Add(new HeadingBlock("Stories"));
            blocks.Add(new ListBlock(digest.Stories.Take(MaxStories).Select(StoryItem).ToList()));
            AddMore(blocks, digest.Stories.Count - MaxStories, "story", "stories");
        }

        if (digest.Meetings.Count > 0)
        {
            blocks.Add(new HeadingBlock("Meetings"));
            blocks.Add(new ListBlock(digest.Meetings
                .Take(MaxMeetings)
                .Select(m => (IReadOnlyList<Span>)[new Span(MeetingText.Line(m.Meeting, m.Participants.ToDictionary(a => a.Id))), .. m.IsNew ? [Span.Italic(" (new)")] : Array.Empty<Span>()])
                .ToList()));
            AddMore(blocks, digest.Meetings.Count - MaxMeetings, "meeting update", "meeting updates");
        }

        if (digest.Actors.Count > 0)
        {
            blocks.Add(new HeadingBlock("In the news"));
            blocks.Add(new ParagraphBlock(new Span(
                digest.Actors.Select(a => $"{a.Actor.Name} ({ReplyText.Count(a.Articles, "article")})").Humanize("and") + ".")));
        }

        return blocks;
    }

    private static IReadOnlyList<Span> StoryItem(Story story)
    {
        var spans = new List<Span> { Span.Bold(story.Title) };
        if (story.Summary.Length > 0 && !story.Summary.Equals(story.Title, StringComparison.Ordinal))
        {
            spans.Add(new Span($" — {story.Summary}"));
        }

        spans.Add(new Span($" ({ReplyText.Count(story.Articles.Count, "source")}: "));
        for (var i = 0; i < Math.Min(story.Articles.Count, MaxSources); i++)
        {
            var article = story.Articles[i];
            if (i > 0)
            {
                spans.Add(new Span(", "));
            }

            var label = article.Source is { Length: > 0 } source
                ? string.Create(CultureInfo.InvariantCulture, $"{source} #{article.Id}")
                : string.Create(CultureInfo.InvariantCulture, $"#{article.Id}");
            spans.Add(article.Url is { Length: > 0 } url ? Span.Link(label, url) : new Span(label));
        }

        spans.Add(new Span(story.Articles.Count > MaxSources
            ? string.Create(CultureInfo.InvariantCulture, $" and {story.Articles.Count - MaxSources:N0} more)")
            : ")"));
        return spans;
    }

    private static void AddMore(List<ReplyBlock> blocks, int more, string one, string many)
    {
        if (more > 0)
        {
            blocks.Add(new ParagraphBlock(Span.Italic(string.Create(CultureInfo.InvariantCulture, $"…and {more:N0} more {(more == 1 ? one : many)}."))));
        }
    }
}
