using BriefingBot.Cli;
using BriefingBot.Console;
using BriefingBot.Core.Chat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Tests;

/// <summary>The real host's services on a fresh data file in a temporary folder.</summary>
public sealed class BotFixture : IDisposable
{
    private readonly IHost _host;

    public BotFixture(string verb = "ask")
    {
        Folder = Directory.CreateTempSubdirectory("briefingbot-test-").FullName;
        DbPath = Path.Combine(Folder, "data", "test.db");
        Output = new StringWriter();
        var line = CommandLine.Parse([verb, "--db", DbPath]);
        _host = BotHost.CreateBuilder(line, new ConsoleIo(new StringReader(""), Output)).Build();
    }

    public string Folder { get; }

    public string DbPath { get; }

    public StringWriter Output { get; }

    public IServiceProvider Services => _host.Services;

    public static string ArticlesFolder => Path.Combine(AppContext.BaseDirectory, "Articles");

    /// <summary>Runs a chat command as the console user (a moderator) and renders the reply as plain text.</summary>
    public async Task<string> AskAsync(string text)
    {
        var reply = await ReplyAsync(text);
        return PlainTextRenderer.Render(reply);
    }

    public async Task<Reply> ReplyAsync(string text, bool moderator = true, ChatKind kind = ChatKind.Private)
    {
        Assert.True(ChatCommandParser.TryParse(text, null, out var name, out var arguments), $"not a command: {text}");
        var command = ConsoleUser.Command(name, arguments) with { IsModerator = moderator, ChatKind = kind };
        return await Services.GetRequiredService<ChatCommandRouter>().HandleAsync(command, CancellationToken.None);
    }

    public async Task<(int Code, string Output)> RunVerbAsync(params string[] args)
    {
        var line = CommandLine.Parse([.. args, "--db", DbPath]);
        var output = new StringWriter();
        var code = line.Verb switch
        {
            "ingest" => await Services.GetRequiredService<IngestVerb>().RunAsync(line, output, TextWriter.Null, CancellationToken.None),
            "export" => await Services.GetRequiredService<ExportVerb>().RunAsync(line, output, CancellationToken.None),
            "ask" => await Services.GetRequiredService<AskVerb>().RunAsync(line, output, CancellationToken.None),
            "extract" => await Services.GetRequiredService<ExtractVerb>().RunAsync(line, output, CancellationToken.None),
            _ => throw new ArgumentException(line.Verb),
        };
        return (code, output.ToString());
    }

    public void Dispose()
    {
        _host.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS is left to the temp folder's cleanup.
        }
    }
}
