namespace Hub.Sandboxes;

/// <summary>
/// Counts a vendor API's calls the way rate limits are stated: calls in a rolling window (HubSpot's ten seconds,
/// Xero's minute) and calls since midnight UTC. The sandboxes report what is left in their vendor's headers.
/// </summary>
public sealed class CallCounter(TimeProvider time)
{
    private readonly Queue<DateTimeOffset> _window = new();
    private readonly Lock _gate = new();
    private long _today;
    private DateOnly _day;

    /// <summary>Counts one call and returns the calls in the window ending now and today, this one included.</summary>
    public (int InWindow, long Today) Count(TimeSpan window)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            while (_window.Count > 0 && now - _window.Peek() >= window)
            {
                _window.Dequeue();
            }

            var day = DateOnly.FromDateTime(now.UtcDateTime);
            (_today, _day) = day == _day ? (_today, _day) : (0, day);
            _window.Enqueue(now);
            _today++;
            return (_window.Count, _today);
        }
    }
}
