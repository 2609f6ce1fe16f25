using BriefingBot.Cli;
using BriefingBot.Console;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Tests;

[Collection(Scheduling.QuartzHosts.Name)]
public sealed class ConsoleChatTests
{
    [Fact]
    public async Task A_console_session_adds_a_pasted_article_and_stops_at_end_of_input()
    {
        var folder = Directory.CreateTempSubdirectory("briefingbot-console-").FullName;
        var input = new StringReader(string.Join('\n',
            "/add",
            "---",
            "title: Ghana and Togo sign a border accord",
            "published: 2024-02-01",
            "---",
            "Ghanaian President Nana Akufo-Addo met Togolese President Faure Gnassingbé in Accra on Monday.",
            ".",
            "/latest",
            "hello",
            "/article 1") + "\n");
        var output = new StringWriter();
        var line = CommandLine.Parse(["--db", Path.Combine(folder, "chat.db")]);
        var builder = BotHost.CreateBuilder(line, new ConsoleIo(input, output));
        BotHost.AddConsoleChat(builder.Services);
        using var host = builder.Build();

        await host.RunAsync().WaitAsync(TimeSpan.FromSeconds(30));

        var text = output.ToString();
        Assert.Contains("end it with a line holding a single dot", text, StringComparison.Ordinal);
        Assert.Contains("Added #1: Ghana and Togo sign a border accord", text, StringComparison.Ordinal);
        Assert.Contains("- #1 Ghana and Togo sign a border accord (1 February 2024)", text, StringComparison.Ordinal);
        Assert.Contains("Commands start with a slash", text, StringComparison.Ordinal);
        Assert.Contains("#1 Ghana and Togo sign a border accord\n1 February 2024", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Add_with_a_path_reads_the_file_and_a_missing_path_is_explained()
    {
        var folder = Directory.CreateTempSubdirectory("briefingbot-console-").FullName;
        var article = Path.Combine(AppContext.BaseDirectory, "Articles", "baltic_call.txt");
        var input = new StringReader($"/add {article}\n/add {folder}/missing.txt\n/quit\n/latest\n");
        var output = new StringWriter();
        var builder = BotHost.CreateBuilder(CommandLine.Parse(["--db", Path.Combine(folder, "chat.db")]), new ConsoleIo(input, output));
        BotHost.AddConsoleChat(builder.Services);
        using var host = builder.Build();

        await host.RunAsync().WaitAsync(TimeSpan.FromSeconds(30));

        var text = output.ToString();
        Assert.Contains("Added #1: Estonian and Finnish leaders hold phone call on undersea cable damage", text, StringComparison.Ordinal);
        Assert.Contains("There is no file", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Latest articles", text, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }
}
