using System.Diagnostics;
using BriefingBot.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot;

/// <summary>
/// Builds the store's in-memory lookups (actor and meeting indexes) in the background once the bot runs, so the
/// first fuzzy /who, digest or article after a start does not wait a second or two on a large store. Commands are
/// answered meanwhile; those that need an index wait for it.
/// </summary>
internal sealed partial class KnowledgeWarmUp(IKnowledgeStore store, ILogger<KnowledgeWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            await store.WarmUpAsync(stoppingToken).ConfigureAwait(false);
            LogReady(watch.ElapsedMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // Not fatal: each index is built again when first needed.
            LogFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Store lookups ready in {Milliseconds} ms")]
    private partial void LogReady(long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Store lookups could not be prepared ahead; they are built when first needed")]
    private partial void LogFailed(Exception exception);
}
