using System.Globalization;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Benchmarks;

/// <summary>
/// Keeps the digest producer's own account of its last batch (its "Digest batch" log event: how long reading and
/// preparing the windows, composing and recording took), so the bench reports the batch's steps while the console
/// still shows warnings only. <see cref="BenchHost"/> lets the producer's information events reach this provider alone.
/// </summary>
internal sealed class DigestBatchLog : ILoggerProvider
{
    /// <summary>The last batch's steps in seconds, or null before one was logged.</summary>
    public (double Prepare, double Compose, double Record)? Last { get; private set; }

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(DigestBatchLog owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // The batch's event is the one with the three durations; the producer's other events are let pass.
            if (state is not IReadOnlyList<KeyValuePair<string, object?>> fields
                || Milliseconds(fields, "PrepareMs") is not { } prepare
                || Milliseconds(fields, "ComposeMs") is not { } compose
                || Milliseconds(fields, "RecordMs") is not { } record)
            {
                return;
            }

            owner.Last = (prepare / 1000, compose / 1000, record / 1000);
        }

        private static double? Milliseconds(IReadOnlyList<KeyValuePair<string, object?>> fields, string name)
        {
            foreach (var (key, value) in fields)
            {
                if (key == name && value is IConvertible number)
                {
                    return number.ToDouble(CultureInfo.InvariantCulture);
                }
            }

            return null;
        }
    }
}
