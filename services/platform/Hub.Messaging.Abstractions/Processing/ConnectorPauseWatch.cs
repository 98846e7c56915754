namespace Hub.Messaging.Processing;

/// <summary>
/// A connector's pauses as last read from the store, so a hot loop can ask "am I paused?" without a round trip.
/// The first question waits for the store (a restarted consumer must not handle a batch before it knows it is
/// paused); after that each question answers from the cache and, at most every <see cref="RefreshInterval"/>,
/// starts a refresh in the background. When the store is unreachable the last known state holds.
/// </summary>
public sealed class ConnectorPauseWatch(IConnectorPauseStore store, string connector, TimeProvider time)
{
    /// <summary>How stale a pause or resume may be seen: every instance honours it within about this long.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(2);

    private IReadOnlyList<ConnectorPause>? _current;
    private long _nextRefreshTicks;
    private int _refreshing;

    public string Connector => connector;

    /// <summary>The message of the last failed read, or null after a successful one.</summary>
    public string? LastError { get; private set; }

    public async ValueTask<IReadOnlyList<ConnectorPause>> CurrentAsync()
    {
        if (_current is null)
        {
            await RefreshAsync().ConfigureAwait(false);
            return _current ?? [];
        }

        var now = time.GetUtcNow().UtcTicks;
        if (now >= Interlocked.Read(ref _nextRefreshTicks) && Interlocked.CompareExchange(ref _refreshing, 1, 0) == 0)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await RefreshAsync().ConfigureAwait(false);
                }
                finally
                {
                    Volatile.Write(ref _refreshing, 0);
                }
            });
        }

        return _current;
    }

    private async Task RefreshAsync()
    {
        Interlocked.Exchange(ref _nextRefreshTicks, time.GetUtcNow().Add(RefreshInterval).UtcTicks);
        try
        {
            _current = await store.GetAsync(connector).ConfigureAwait(false);
            LastError = null;
        }
        catch (Exception ex)
        {
            // Unreachable store: keep the last known state; the outage guard pauses processing anyway.
            LastError = ex.Message;
        }
    }
}
