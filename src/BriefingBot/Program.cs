using System.Globalization;
using BriefingBot;
using BriefingBot.Cli;
using BriefingBot.Console;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.GetCultureInfo("en-GB");
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
System.Console.OutputEncoding = System.Text.Encoding.UTF8;
System.Console.InputEncoding = System.Text.Encoding.UTF8;

var line = CommandLine.Parse(args);
var stdout = System.Console.Out;
if (line.Error is not null || line.Verb == "help")
{
    (line.Error is null ? stdout : System.Console.Error).WriteLine(line.Error is null ? Usage.Text : $"{line.Error}\n\n{Usage.Text}");
    return line.Error is null ? ExitCodes.Ok : ExitCodes.Usage;
}

var io = new ConsoleIo(System.Console.In, stdout);
var builder = BotHost.CreateBuilder(line, io);
if (line.Verb == "run" && BotHost.ConsoleChatWanted(line, builder.Configuration))
{
    BotHost.AddConsoleChat(builder.Services);
}

using var host = builder.Build();
if (line.Verb == "run")
{
    await host.RunAsync();
    return ExitCodes.Ok;
}

using var cancel = new CancellationTokenSource();
System.Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
var services = host.Services;
return line.Verb switch
{
    "ingest" => await services.GetRequiredService<IngestVerb>().RunAsync(line, stdout, System.Console.Error, cancel.Token),
    "export" => await services.GetRequiredService<ExportVerb>().RunAsync(line, stdout, cancel.Token),
    "ask" => await services.GetRequiredService<AskVerb>().RunAsync(line, stdout, cancel.Token),
    "extract" => await services.GetRequiredService<ExtractVerb>().RunAsync(line, stdout, cancel.Token),
    _ => ExitCodes.Usage,
};
