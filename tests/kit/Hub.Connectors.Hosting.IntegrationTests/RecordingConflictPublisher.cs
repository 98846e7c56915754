using System.Collections.Concurrent;
using Hub.Identity;

namespace Hub.Connectors.Hosting.IntegrationTests;

/// <summary>Stands in for the hub.conflicts topic.</summary>
public sealed class RecordingConflictPublisher : IConflictPublisher
{
    public ConcurrentQueue<ConflictRecord> Published { get; } = new();

    public Task PublishAsync(ConflictRecord conflict, CancellationToken cancellationToken = default)
    {
        Published.Enqueue(conflict);
        return Task.CompletedTask;
    }
}
