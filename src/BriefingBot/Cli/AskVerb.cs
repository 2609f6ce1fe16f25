using System.Text.Json;
using BriefingBot.Console;
using BriefingBot.Core.Chat;

namespace BriefingBot.Cli;

/// <summary><c>ask "&lt;chat command&gt;"</c>: one command as the console user; the reply as text or JSON.</summary>
public sealed class AskVerb(ChatCommandRouter router)
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<int> RunAsync(CommandLine line, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = string.Join(' ', line.Positional);
        if (!ChatCommandParser.TryParse(text, null, out var name, out var arguments))
        {
            await output.WriteLineAsync("ask needs a chat command in quotes, e.g. ask \"/who Lavrov\"").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var reply = await router.HandleAsync(ConsoleUser.Command(name, arguments), cancellationToken).ConfigureAwait(false);
        var rendered = PlainTextRenderer.Render(reply);
        await output.WriteLineAsync(line.Has("--json")
            ? JsonSerializer.Serialize(new { text = rendered, reply.IsError, blocks = reply.Blocks, buttons = reply.Buttons }, s_json)
            : rendered).ConfigureAwait(false);
        return reply.IsError ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
