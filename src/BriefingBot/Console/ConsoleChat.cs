using System.Text;
using BriefingBot.Core.Chat;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Console;

/// <summary>
/// The console chat: one line, one command; <c>/add</c> alone reads the article from the following lines
/// up to a line holding a single dot; <c>/add &lt;path&gt;</c> reads a file; <c>/quit</c> or end of input stops the bot.
/// </summary>
public sealed partial class ConsoleChat(ConsoleIo io, ChatCommandRouter router, IHostApplicationLifetime lifetime, ILogger<ConsoleChat> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (and its log lines) before the greeting.
        await Task.Yield();
        io.WriteBlock("BriefingBot console. Type /help for commands, /quit to leave.");
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var line = await ReadLineAsync(stoppingToken).ConfigureAwait(false);
                if (line is null)
                {
                    break;
                }

                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                if (!ChatCommandParser.TryParse(line, null, out var name, out var arguments))
                {
                    io.WriteBlock("Commands start with a slash, e.g. /who Lavrov. /help lists them.");
                    continue;
                }

                if (name is "quit" or "exit")
                {
                    break;
                }

                var command = await BuildAsync(name, arguments, stoppingToken).ConfigureAwait(false);
                if (command is not null)
                {
                    io.WriteBlock(PlainTextRenderer.Render(await AnswerAsync(command, stoppingToken).ConfigureAwait(false)));
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }

        lifetime.StopApplication();
    }

    private async Task<Reply> AnswerAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        try
        {
            return await router.HandleAsync(command, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(ex, command.Name);
            return Reply.Text("Sorry, something went wrong with that command; it has been logged. Nothing was changed.");
        }
    }

    private async Task<ChatCommand?> BuildAsync(string name, string arguments, CancellationToken cancellationToken)
    {
        if (name != "add")
        {
            return ConsoleUser.Command(name, arguments);
        }

        if (arguments.Length == 0)
        {
            io.WriteBlock("Paste the article (front matter allowed); end it with a line holding a single dot (.)");
            var text = new StringBuilder();
            while (await ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line && line.Trim() != ".")
            {
                text.AppendLine(line);
            }

            return ConsoleUser.Command(name, text.ToString());
        }

        // A path on this machine is only ever read for the console's own user.
        var path = arguments.Trim().Trim('"');
        if (!path.Contains('\n', StringComparison.Ordinal) && File.Exists(path))
        {
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            return ConsoleUser.Command(name, "") with { Attachment = new ChatAttachment(Path.GetFileName(path), null, bytes) };
        }

        if (LooksLikePath(path))
        {
            io.WriteBlock($"There is no file \"{path}\". Example: /add articles/talks.txt");
            return null;
        }

        return ConsoleUser.Command(name, arguments);
    }

    private static bool LooksLikePath(string text) =>
        !text.Contains(' ', StringComparison.Ordinal) && !text.Contains("://", StringComparison.Ordinal)
        && (text.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || text.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || text.Contains('/', StringComparison.Ordinal));

    private async Task<string?> ReadLineAsync(CancellationToken cancellationToken) =>
        await io.Input.ReadLineAsync(cancellationToken).AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);

    [LoggerMessage(Level = LogLevel.Error, Message = "Console command /{Command} failed")]
    private partial void LogFailed(Exception exception, string command);
}
