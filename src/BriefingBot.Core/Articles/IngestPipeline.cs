using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace BriefingBot.Core.Articles;

/// <summary>
/// The threads of a bulk ingestion. A reader takes requests from the source in order, reading the clock for each;
/// worker threads prepare them (extraction) in any order, at most <see cref="BulkIngestOptions.Lookahead"/> ahead;
/// one dedicated batch thread takes them back in input order and hands them to the batch body (resolution and
/// commit against the store), then publishes each batch's results once the body returns them.
/// </summary>
/// <remarks>
/// The batch thread is a plain <see cref="Thread"/> of ours, not a pool thread, because a store's write batch (a LiteDB
/// transaction) belongs to the thread that began it: everything between begin and end must run on that one thread.
/// So the batch thread never awaits; it blocks, which is harmless on a thread nobody else uses. It blocks only on the
/// workers (the next input's extraction) while a batch is open, never on the source: it opens a batch only once an
/// input is queued, and the body closes the batch as soon as none is. The extraction workers are dedicated threads
/// too, so long CPU-bound runs never starve the thread pool that the reader and the consumer continue on, and they run
/// below the batch thread's priority (<see cref="BulkIngestOptions.ExtractBelowWriter"/>): the batch thread is the one
/// stage that cannot be shared out, so a core it waits for is time the whole run waits.
/// </remarks>
internal sealed class IngestPipeline<TPrepared> : IAsyncDisposable
{
    private readonly Channel<Pending> _ordered;
    private readonly Channel<Pending> _work = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly Channel<IReadOnlyList<IngestResult>> _results =
        Channel.CreateBounded<IReadOnlyList<IngestResult>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });

    private readonly Func<IngestRequest, DateTimeOffset, TPrepared> _prepare;
    private readonly Func<IngestPipeline<TPrepared>, CancellationToken, Outcome> _runBatch;
    private readonly CancellationToken _caller;
    private readonly bool _belowWriter;
    private readonly CancellationTokenSource _stop;
    private readonly Task[] _workers;
    private readonly Task _batches;
    private readonly Task _reader;
    private Exception? _stoppedBy;

    public IngestPipeline(
        IAsyncEnumerable<IngestRequest> requests,
        BulkIngestOptions options,
        TimeProvider time,
        Func<IngestRequest, DateTimeOffset, TPrepared> prepare,
        Func<IngestPipeline<TPrepared>, CancellationToken, Outcome> runBatch,
        CancellationToken cancellationToken)
    {
        _ordered = Channel.CreateBounded<Pending>(new BoundedChannelOptions(Math.Max(1, options.Lookahead)) { SingleReader = true, SingleWriter = true });
        _prepare = prepare;
        _runBatch = runBatch;
        _caller = cancellationToken;
        _belowWriter = options.ExtractBelowWriter;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _workers = [.. Enumerable.Range(0, Math.Max(1, options.Workers)).Select(i => StartThread($"ingest-extract-{i}", Work))];
        _batches = StartThread("ingest-batches", RunBatches);
        _reader = Task.Run(() => ReadAsync(requests, time));
    }

    /// <summary>Each committed batch's results, in input order; completed when the run ends (see <see cref="CompleteAsync"/>).</summary>
    public ChannelReader<IReadOnlyList<IngestResult>> Results => _results.Reader;

    /// <summary>Whether the next input has been taken from the source (it may still be being prepared). Batch thread only.</summary>
    public bool NextIsQueued => _ordered.Reader.TryPeek(out _);

    /// <summary>
    /// The next input in order, blocking until it is prepared: a completed task, faulted when preparing it threw.
    /// Batch thread only, and only when <see cref="NextIsQueued"/> (or after the pipeline signalled input).
    /// </summary>
    public Task<TPrepared> Take(CancellationToken cancellationToken)
    {
        if (!_ordered.Reader.TryRead(out var pending))
        {
            throw new InvalidOperationException("No input is queued.");
        }

        try
        {
            pending.Ready.Task.Wait(cancellationToken);
        }
        catch (AggregateException)
        {
            // Faulted: the caller reads the fault from the task.
        }

        return pending.Ready.Task;
    }

    /// <summary>After <see cref="Results"/> completed: throws what ended the run early, if anything did.</summary>
    public async Task CompleteAsync()
    {
        await _batches.ConfigureAwait(false);
        if (_stoppedBy is not null)
        {
            ExceptionDispatchInfo.Throw(_stoppedBy);
        }

        // The source's own failure, reported after every input it gave before it.
        await _reader.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        // Keep taking results, so a batch thread publishing its last batch after an early exit is never left blocked.
        while (await _results.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (_results.Reader.TryRead(out _))
            {
            }
        }

        try
        {
            await Task.WhenAll([_reader, _batches, .. _workers]).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Already reported by CompleteAsync, or the consumer left and nobody is listening.
        }

        _stop.Dispose();
    }

    private async Task ReadAsync(IAsyncEnumerable<IngestRequest> requests, TimeProvider time)
    {
        try
        {
            await foreach (var request in requests.WithCancellation(_stop.Token).ConfigureAwait(false))
            {
                // The clock is read as a request is taken, before the next is asked for: a source may set it per input.
                var pending = new Pending(request, time.GetUtcNow());
                await _ordered.Writer.WriteAsync(pending, _stop.Token).ConfigureAwait(false);
                _work.Writer.TryWrite(pending);
            }
        }
        finally
        {
            _ordered.Writer.TryComplete();
            _work.Writer.TryComplete();
        }
    }

    private void Work()
    {
        if (_belowWriter)
        {
            BackgroundThreads.LowerCurrent();
        }

        var work = _work.Reader;
        try
        {
            while (work.WaitToReadAsync(_stop.Token).AsTask().GetAwaiter().GetResult())
            {
                while (!_stop.IsCancellationRequested && work.TryRead(out var pending))
                {
                    try
                    {
                        pending.Ready.TrySetResult(_prepare(pending.Request, pending.Now));
                    }
                    catch (Exception e)
                    {
                        // One input's fault: the batch body reports it as that input's result.
                        pending.Ready.TrySetException(e);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }

    private void RunBatches()
    {
        try
        {
            while (_ordered.Reader.WaitToReadAsync(_stop.Token).AsTask().GetAwaiter().GetResult())
            {
                var outcome = _runBatch(this, _stop.Token);
                if (outcome.Results.Count > 0)
                {
                    // Blocks while the consumer is behind (bounded memory); DisposeAsync drains if it leaves.
                    _results.Writer.WriteAsync(outcome.Results, CancellationToken.None).AsTask().GetAwaiter().GetResult();
                }

                if (outcome.StoppedBy is not null)
                {
                    _stoppedBy = outcome.StoppedBy;
                    break;
                }

                _stop.Token.ThrowIfCancellationRequested();
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            _stoppedBy = _caller.IsCancellationRequested ? new OperationCanceledException(_caller) : null;
        }
        finally
        {
            // The reader and the workers end with us.
            _stop.Cancel();
            _results.Writer.TryComplete();
        }
    }

    private static Task StartThread(string name, Action body)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                body();
                done.SetResult();
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        })
        {
            IsBackground = true,
            Name = name,
        };

        // Without the caller's ExecutionContext: no AsyncLocal of the caller (an open write batch above all) flows in.
        thread.UnsafeStart();
        return done.Task;
    }

    /// <summary>What one batch gave: its results, and the failure that stops the run, if one did.</summary>
    public sealed record Outcome(IReadOnlyList<IngestResult> Results, IngestStoppedException? StoppedBy);

    private sealed class Pending(IngestRequest request, DateTimeOffset now)
    {
        public IngestRequest Request => request;

        public DateTimeOffset Now => now;

        public TaskCompletionSource<TPrepared> Ready { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
