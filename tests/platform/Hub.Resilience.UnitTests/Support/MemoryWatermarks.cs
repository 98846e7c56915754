using System.Collections.Concurrent;
using Hub.Connectors.Polling;

namespace Hub.Resilience.UnitTests.Support;

internal sealed class MemoryWatermarks : IWatermarkStore
{
    private readonly ConcurrentDictionary<string, Watermark> _marks = new();

    public Task<Watermark?> GetAsync(string poller, CancellationToken cancellationToken) => Task.FromResult(_marks.TryGetValue(poller, out var mark) ? mark : null);

    public Task SaveAsync(string poller, Watermark watermark, CancellationToken cancellationToken)
    {
        _marks[poller] = watermark;
        return Task.CompletedTask;
    }
}
