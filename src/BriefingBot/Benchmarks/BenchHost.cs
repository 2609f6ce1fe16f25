using BriefingBot.Cli;
using BriefingBot.Console;
using BriefingBot.Core.Digests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Benchmarks;

/// <summary>The bot's own host (same configuration and services as every verb) on a given data file.</summary>
internal static class BenchHost
{
    /// <summary>Builds the host; with a clock, time comes from it (the simulated newsroom) instead of the system.</summary>
    public static IHost Open(string dbPath, TimeProvider? clock)
    {
        var line = CommandLine.Parse(["bench", "--db", dbPath]);
        var builder = BotHost.CreateBuilder(line, new ConsoleIo(new StringReader(""), TextWriter.Null));
        // Per-digest and per-article information logs would time the console, not the bot. The digest producer's
        // account of each batch is kept for the report (DigestBatchLog), which is all its provider is given.
        builder.Logging.AddFilter((category, level) => level >= Microsoft.Extensions.Logging.LogLevel.Warning);
        var batches = new DigestBatchLog();
        builder.Logging.AddProvider(batches);
        builder.Logging.AddFilter<DigestBatchLog>(typeof(DigestProducer).FullName, Microsoft.Extensions.Logging.LogLevel.Information);
        builder.Services.AddSingleton(batches);
        if (clock is not null)
        {
            builder.Services.Replace(ServiceDescriptor.Singleton(clock));
        }

        return builder.Build();
    }

    /// <summary>The data file and LiteDB's log beside it.</summary>
    public static long FileBytes(string dbPath)
    {
        var log = Path.Combine(Path.GetDirectoryName(dbPath)!, Path.GetFileNameWithoutExtension(dbPath) + "-log" + Path.GetExtension(dbPath));
        return Size(dbPath) + Size(log);
    }

    public static void Delete(string dbPath)
    {
        var log = Path.Combine(Path.GetDirectoryName(dbPath)!, Path.GetFileNameWithoutExtension(dbPath) + "-log" + Path.GetExtension(dbPath));
        File.Delete(dbPath);
        File.Delete(log);
    }

    private static long Size(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
}
