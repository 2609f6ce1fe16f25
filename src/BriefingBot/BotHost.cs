using BriefingBot.Cli;
using BriefingBot.Console;
using BriefingBot.Core;
using BriefingBot.Core.Articles;
using BriefingBot.Discord;
using BriefingBot.Scheduling;
using BriefingBot.Storage;
using BriefingBot.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot;

/// <summary>Builds the generic host the same way for the bot and for every CLI verb.</summary>
public static class BotHost
{
    /// <summary>
    /// Configuration: config/appsettings.json beside the program (or --config), then environment variables
    /// (<c>Storage__Path</c>, <c>Telegram__BotToken</c>...), then <c>--db</c>.
    /// </summary>
    public static HostApplicationBuilder CreateBuilder(CommandLine line, ConsoleIo io)
    {
        ArgumentNullException.ThrowIfNull(line);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Directory.GetCurrentDirectory() });
        var configFile = line.Value("--config") ?? Path.Combine(AppContext.BaseDirectory, "config", "appsettings.json");
        builder.Configuration
            .AddJsonFile(Path.GetFullPath(configFile), optional: line.Value("--config") is null)
            .AddEnvironmentVariables();
        if (line.Value("--db") is { } db)
        {
            builder.Configuration.AddInMemoryCollection([new("Storage:Path", db)]);
        }

        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        // Logs go to stderr so that stdout carries only chat replies and CLI output (export JSON).
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        if (line.Verb != "run")
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        builder.Services.AddSingleton(io);
        builder.Services.AddStorage(builder.Configuration);
        builder.Services.AddBriefingCore(builder.Configuration);
        builder.Services.AddArticleFetching(builder.Configuration);
        builder.Services.AddDigests(builder.Configuration);
        builder.Services.AddTelegram(builder.Configuration);
        builder.Services.AddDiscord(builder.Configuration);
        builder.Services.AddHostedService<KnowledgeWarmUp>();
        builder.Services.AddSingleton<IngestVerb>();
        builder.Services.AddSingleton<ExportVerb>();
        builder.Services.AddSingleton<AskVerb>();
        builder.Services.AddSingleton<ExtractVerb>();
        return builder;
    }

    /// <summary>Whether the console chat runs: asked for, or no chat platform is configured.</summary>
    public static bool ConsoleChatWanted(CommandLine line, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(configuration);
        return line.Has("--console")
            || (string.IsNullOrWhiteSpace(configuration["Telegram:BotToken"]) && string.IsNullOrWhiteSpace(configuration["Discord:BotToken"]));
    }

    public static void AddConsoleChat(IServiceCollection services) => services.AddHostedService<ConsoleChat>();
}
