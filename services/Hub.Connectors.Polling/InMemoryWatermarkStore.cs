using System.Collections.Concurrent;

namespace Hub.Connectors.Polling;

/// <summary>For tests and local experiments: forgets everything when the process ends.</summary>
public sealed class InMemoryWatermarkStore : IWatermarkStore
{
    private readonly ConcurrentDictionary<string, Watermark> _watermarks = new(StringComparer.Ordinal);

    public Task<Watermark?> GetAsync(string poller, CancellationToken cancellationToken) =>
        Task.FromResult(_watermarks.TryGetValue(poller, out var watermark) ? watermark : null);

    public Task SaveAsync(string poller, Watermark watermark, CancellationToken cancellationToken)
    {
        _watermarks[poller] = watermark;
        return Task.CompletedTask;
    }
}
