using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Telegram.Tests;

/// <summary>Keeps the warnings and errors the bot logs, so a test can say there were none.</summary>
public sealed class CapturedLogs : ILoggerProvider, ILogger
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            _entries.Enqueue($"{logLevel}: {formatter(state, exception)} {exception?.Message}");
        }
    }

    public void Dispose()
    {
    }
}
