namespace Hub.Messaging.Kafka.Pipeline;

/// <summary>
/// Tells the retry worker when the external system behind a subscription has come back, so parked events are
/// released at once instead of each waiting for its own retry time. An outage is a run of failed handler calls
/// (an open circuit fails every call, so it starts one quickly); the first success after it (a half-open probe, a
/// retried copy, a new event) is the recovery. A single event that keeps failing among successes never makes an
/// outage, so it keeps its own backoff and the system is not hammered for it.
/// </summary>
public sealed class RecoverySignal(TimeProvider time, int failuresForOutage)
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _failing = new(StringComparer.Ordinal);
    private bool _inOutage;
    private DateTimeOffset? _recoveredAt;
    private int _generation;

    /// <summary>True from the outage's last failure run until the next success.</summary>
    public bool InOutage
    {
        get
        {
            lock (_gate)
            {
                return _inOutage;
            }
        }
    }

    /// <summary>When the last outage ended; copies that failed before it are worth trying again now.</summary>
    public DateTimeOffset? RecoveredAt
    {
        get
        {
            lock (_gate)
            {
                return _recoveredAt;
            }
        }
    }

    /// <summary>Counts recoveries, so a worker can tell a new one from the one it already acted on.</summary>
    public int Generation => Volatile.Read(ref _generation);

    /// <param name="eventId">Which event failed: failures of one event again and again are that event's problem.</param>
    public void Failed(string eventId)
    {
        lock (_gate)
        {
            if (!_inOutage)
            {
                _failing.Add(eventId);
                _inOutage = _failing.Count >= failuresForOutage;
            }
        }
    }

    public void Succeeded()
    {
        lock (_gate)
        {
            _failing.Clear();
            if (_inOutage)
            {
                _inOutage = false;
                _recoveredAt = time.GetUtcNow();
                Interlocked.Increment(ref _generation);
            }
        }
    }
}
