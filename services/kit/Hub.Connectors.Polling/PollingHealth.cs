using System.Collections.Concurrent;

namespace Hub.Connectors.Polling;

/// <summary>The last outcome of every poller in the process, for the health check and for tests.</summary>
public sealed class PollingHealth
{
    private readonly ConcurrentDictionary<string, PollerState> _states = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, PollerState> States => _states;

    public void Succeeded(string poller, PollResult result, DateTimeOffset at) =>
        _states[poller] = new PollerState(at, 0, null, result.Watermark.Position);

    public void Failed(string poller, Exception error, DateTimeOffset at) =>
        _states.AddOrUpdate(
            poller,
            _ => new PollerState(null, 1, error.Message, null),
            (_, s) => s with { ConsecutiveFailures = s.ConsecutiveFailures + 1, LastError = error.Message });

    public sealed record PollerState(DateTimeOffset? LastSuccessAt, int ConsecutiveFailures, string? LastError, DateTimeOffset? Watermark);
}
