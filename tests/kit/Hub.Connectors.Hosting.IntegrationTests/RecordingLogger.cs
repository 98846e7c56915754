using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Hub.Connectors.Hosting.IntegrationTests;

/// <summary>Keeps every formatted log message, for tests that check what a service told the operator.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        Messages.Enqueue(formatter(state, exception));
    }
}
