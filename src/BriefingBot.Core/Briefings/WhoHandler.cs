using BriefingBot.Core.Actors;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Meetings;
using BriefingBot.Core.Storage;
using Humanizer;

namespace BriefingBot.Core.Briefings;

/// <summary><c>/who &lt;name&gt;</c>: one actor's card, a choice between candidates, or close matches.</summary>
public sealed class WhoHandler(ActorFinder finder, IKnowledgeStore store, TimeProvider time) : IChatCommandHandler
{
    public IReadOnlyList<CommandInfo> Commands { get; } =
        [new("who", "/who <name>", "Who someone is: roles, aliases, meetings, sources", "/who Lavrov")];

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var (name, why) = Flags.Take(command.Arguments, "--why");
        if (name.Length == 0)
        {
            return Reply.Mistake("Tell me whose card you want: /who followed by a name.", "/who Lavrov");
        }

        var lookup = await finder.FindAsync(name, cancellationToken).ConfigureAwait(false);
        if (lookup.Matches.Count == 0)
        {
            return NoSuchActor(name, lookup.Suggestions);
        }

        var people = lookup.Matches;
        if (lookup.Total > 1)
        {
            return Candidates(name, people, lookup.Total);
        }

        return await CardAsync(people[0], why, cancellationToken).ConfigureAwait(false);
    }

    private static Reply NoSuchActor(string name, IReadOnlyList<Actor> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return new Reply([new ParagraphBlock($"No actor named \"{name}\". Try a surname, or /search for words in articles.")]) { IsError = true };
        }

        var list = suggestions.Select(s => s.Name).Humanize("or");
        return new Reply([new ParagraphBlock($"No actor named \"{name}\". Did you mean {list}?")])
        {
            IsError = true,
            Buttons = [.. suggestions.Select(s => new ReplyButton(s.Name, $"/who {s.Name}"))],
        };
    }

    private static Reply Candidates(string name, IReadOnlyList<Actor> matches, int total)
    {
        var shown = matches.Take(ActorLookup.MaxMatches).ToList();
        var items = shown.Select(a => (IReadOnlyList<Span>)[Span.Bold(a.Name), new Span(" — " + Describe(a))]).ToList();
        var blocks = new List<ReplyBlock>
        {
            new ParagraphBlock($"\"{name}\" could be {ReplyText.Count(total, "actor")}; which one?"),
            new ListBlock(items),
        };
        if (total > shown.Count)
        {
            blocks.Add(new ParagraphBlock($"…and {total - shown.Count} more; type more of the name."));
        }

        return new Reply(blocks) { Buttons = [.. shown.Select(a => new ReplyButton(a.Name, $"/who {a.Name}"))] };
    }

    private async Task<Reply> CardAsync(Actor actor, bool why, CancellationToken cancellationToken)
    {
        var blocks = new List<ReplyBlock> { new HeadingBlock(actor.Name) };
        var roles = RoleLines(actor);
        if (roles.Count > 0)
        {
            blocks.Add(new FieldBlock(roles.Count == 1 ? "Role" : "Roles", string.Join("; ", roles)));
        }
        else
        {
            blocks.Add(new FieldBlock("Kind", actor.Kind.ToString().ToLowerInvariant() + (actor.Country is null || actor.Kind == ActorKind.Country ? "" : $", {actor.Country}")));
        }

        var aliases = actor.Aliases.Where(a => a != actor.Name).Distinct().ToList();
        if (aliases.Count > 0)
        {
            blocks.Add(new FieldBlock("Also written", aliases.Humanize("and")));
        }

        var now = time.GetUtcNow();
        blocks.Add(new FieldBlock(
            "Articles",
            $"{ReplyText.Count(actor.ArticleCount, "article")}; first seen {Seen(actor.FirstSeen, now)}, last seen {Seen(actor.LastSeen, now)}"));

        var recent = await RecentMeetings.OfAsync(store, [actor], 5, withReports: false, cancellationToken).ConfigureAwait(false);
        if (recent.Meetings.Count > 0)
        {
            var actors = await ActorMap.ForAsync(store, recent.Meetings, cancellationToken).ConfigureAwait(false);
            var items = recent.Meetings.Select(m => (IReadOnlyList<Span>)[new Span(MeetingText.Line(m, actors) + " " + Refs(m.ArticleIds))]).ToList();
            blocks.Add(new HeadingBlock(recent.Total > recent.Meetings.Count ? $"Meetings ({recent.Of("latest 5")}; /meetings {actor.Name} for more)" : "Meetings"));
            blocks.Add(new ListBlock(items));
        }

        blocks.Add(new FieldBlock("Sources", Refs(actor.ArticleIds.OrderByDescending(id => id).Take(12))));
        if (why)
        {
            var evidence = actor.Roles.Where(r => r.Evidence.Length > 0).Take(5)
                .Select(r => (IReadOnlyList<Span>)[new Span($"{Title(r)} — {ReplyText.Ref(r.ArticleId)}: "), Span.Italic(ReplyText.Clip(r.Evidence, 300))]).ToList();
            if (evidence.Count > 0)
            {
                blocks.Add(new HeadingBlock("Why"));
                blocks.Add(new ListBlock(evidence));
            }
        }

        return new Reply(blocks);
    }

    private static List<string> RoleLines(Actor actor) =>
        actor.Roles.OrderByDescending(r => r.ArticleId).Select(Title).Distinct(StringComparer.OrdinalIgnoreCase).Take(4).ToList();

    private static string Title(ActorRole role) => role.Country is null ? role.Title : $"{role.Title}, {role.Country}";

    private static string Describe(Actor actor)
    {
        var role = RoleLines(actor).FirstOrDefault() ?? actor.Country ?? actor.Kind.ToString().ToLowerInvariant();
        return $"{role}; {ReplyText.Count(actor.ArticleCount, "article")}";
    }

    // First and last seen are days (an article's publication date), not moments: "today", not "59 minutes ago".
    private static string Seen(DateTimeOffset seen, DateTimeOffset now)
    {
        var (day, today) = (DateOnly.FromDateTime(seen.UtcDateTime), DateOnly.FromDateTime(now.UtcDateTime));
        var when = day == today ? "today" : day.Humanize(today, ReplyText.Culture);
        return $"{when} ({seen.ToString("d MMMM yyyy", ReplyText.Culture)})";
    }

    internal static string Refs(IEnumerable<int> ids) => string.Join(", ", ids.Select(ReplyText.Ref));
}
