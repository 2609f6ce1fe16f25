using System.Text.Json;
using System.Text.Json.Serialization;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Extraction;

namespace BriefingBot.Cli;

/// <summary><c>extract &lt;file&gt; [--json]</c>: what extraction finds in one article, for debugging; nothing is stored.</summary>
public sealed class ExtractVerb(ArticleExtractor extractor, ArticleFileReader reader, TimeProvider time)
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public async Task<int> RunAsync(CommandLine line, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Positional.Count != 1 || !File.Exists(line.Positional[0]))
        {
            await output.WriteLineAsync(line.Positional.Count == 1
                ? $"There is no file \"{line.Positional[0]}\"."
                : "extract needs one article file, e.g. extract article.txt --json").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var bytes = await File.ReadAllBytesAsync(line.Positional[0], cancellationToken).ConfigureAwait(false);
        var (draft, error) = reader.Read(bytes, Path.GetFileName(line.Positional[0]));
        if (draft is null)
        {
            await output.WriteLineAsync(error).ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        var published = draft.Published ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var result = extractor.Extract(draft, published);
        if (line.Has("--json"))
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new { published, extraction = result }, s_json)).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        await output.WriteLineAsync($"Title: {result.Title}\nSummary: {result.Summary}\nPublished: {published:yyyy-MM-dd}").ConfigureAwait(false);
        foreach (var actor in result.Actors)
        {
            var roles = string.Join("; ", actor.Roles.Select(r => r.Country is null ? r.Title : $"{r.Title}, {r.Country}"));
            await output.WriteLineAsync($"{actor.Kind}: {actor.Name} [{string.Join(" | ", actor.Aliases)}] {roles}").ConfigureAwait(false);
        }

        foreach (var meeting in result.Meetings)
        {
            var who = string.Join(", ", meeting.Participants.Select(i => result.Actors[i].Name));
            await output.WriteLineAsync($"Meeting: {meeting.Kind} of {who} at {meeting.Location ?? "?"} on {meeting.Date?.ToString() ?? "?"}: {meeting.Status}").ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}
