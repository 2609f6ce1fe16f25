using System.Globalization;
using System.Text.Json;
using BriefingBot.Core.Storage;

namespace BriefingBot.Cli;

/// <summary><c>export --format json</c>: the knowledge base as <c>briefingbot.export/1</c> (see shared/eval/README.md).</summary>
public sealed class ExportVerb(IKnowledgeStore store)
{
    public async Task<int> RunAsync(CommandLine line, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        var format = line.Value("--format");
        if (format != "json")
        {
            await output.WriteLineAsync(format is null
                ? "export needs a format: export --format json"
                : $"Unknown format \"{format}\"; the one format is json: export --format json").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var count = await store.CountArticlesAsync(cancellationToken).ConfigureAwait(false);
        var articles = await store.LatestArticlesAsync(count, cancellationToken).ConfigureAwait(false);
        var actors = await store.AllActorsAsync(cancellationToken).ConfigureAwait(false);
        // Actors keep only their newest articles and one entry per role; the articles hold the whole record.
        var articlesOf = articles.SelectMany(a => a.ActorIds.Distinct().Select(actor => (actor, a.Id))).ToLookup(x => x.actor, x => x.Id);
        var reportsOf = articles.SelectMany(a => a.MeetingIds.Distinct().Select(meeting => (meeting, a.Id))).ToLookup(x => x.meeting, x => x.Id);
        var statementsOf = articles.SelectMany(a => a.Roles.Select(r => (Statement: r, Article: a.Id))).ToLookup(x => x.Statement.ActorId);
        var meetingIds = articles.SelectMany(a => a.MeetingIds).Distinct().Order();
        var meetings = new List<Core.Meetings.Meeting>();
        foreach (var id in meetingIds)
        {
            if (await store.GetMeetingAsync(id, cancellationToken).ConfigureAwait(false) is { } meeting)
            {
                meetings.Add(meeting);
            }
        }

        var export = new
        {
            schema = "briefingbot.export/1",
            articles = articles.OrderBy(a => a.Id).Select(a => new
            {
                id = Id(a.Id),
                file = a.File,
                title = a.Title,
                published = a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                source = a.Source,
            }),
            actors = actors.OrderBy(a => a.Id).Select(a => new
            {
                id = Id(a.Id),
                kind = a.Kind.ToString().ToLowerInvariant(),
                name = a.Name,
                aliases = a.Aliases,
                roles = statementsOf[a.Id].OrderBy(x => x.Article).Select(x => new { title = x.Statement.Title, country = x.Statement.Country, article = Id(x.Article) }),
                country = a.Country,
                articles = articlesOf[a.Id].Order().Select(Id),
            }),
            meetings = meetings.Select(m => new
            {
                id = Id(m.Id),
                kind = m.Kind.ToString().ToLowerInvariant(),
                participants = m.ParticipantIds.Select(Id),
                location = m.Location,
                date = m.Date,
                status = m.Status.ToString().ToLowerInvariant(),
                articles = reportsOf[m.Id].Order().Select(Id),
            }),
        };
        await output.WriteLineAsync(JsonSerializer.Serialize(export, s_json)).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
