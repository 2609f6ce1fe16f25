using BriefingBot.Discord.Gateway;
using BriefingBot.Discord.Interactions;

namespace BriefingBot.Discord;

/// <summary>
/// Takes events off the gateway's receive loop and runs each on its own task, so one slow command never
/// delays the next interaction or a heartbeat. Interactions seen twice (a replay after RESUME) run once.
/// </summary>
public sealed class DiscordEventDispatcher(DiscordInteractionHandler interactions, IntakeMessageHandler intake)
{
    private const int RememberedInteractions = 1000;
    private readonly Lock _lock = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _seenOrder = new();
    private readonly HashSet<Task> _running = [];

    /// <summary>Starts handling one event.</summary>
    public void Dispatch(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        Task? work = dispatch.Name switch
        {
            "INTERACTION_CREATE" when FirstSighting(dispatch.Data["id"]?.ToString()) => Task.Run(() => interactions.HandleAsync(dispatch.Data, cancellationToken), CancellationToken.None),
            "MESSAGE_CREATE" => Task.Run(() => intake.HandleAsync(dispatch.Data, cancellationToken), CancellationToken.None),
            _ => null,
        };
        if (work is null)
        {
            return;
        }

        lock (_lock)
        {
            _running.Add(work);
        }

        _ = work.ContinueWith(
            t =>
            {
                lock (_lock)
                {
                    _running.Remove(t);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>Waits for the events still being handled (on shutdown).</summary>
    public Task DrainAsync()
    {
        lock (_lock)
        {
            return Task.WhenAll([.. _running]);
        }
    }

    private bool FirstSighting(string? id)
    {
        if (id is null)
        {
            return true;
        }

        lock (_lock)
        {
            if (!_seen.Add(id))
            {
                return false;
            }

            _seenOrder.Enqueue(id);
            if (_seenOrder.Count > RememberedInteractions)
            {
                _seen.Remove(_seenOrder.Dequeue());
            }

            return true;
        }
    }
}
