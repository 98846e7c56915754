namespace Hub.Sandboxes;

/// <summary>The sandbox's current <see cref="FaultSettings"/>, with request counting and expiry. Thread-safe.</summary>
public sealed class FaultState(TimeProvider time)
{
    private readonly Lock _gate = new();
    private FaultSettings _settings = FaultSettings.Healthy;
    private int _remaining = int.MaxValue;
    private DateTimeOffset _until = DateTimeOffset.MaxValue;

    public FaultSettings Current
    {
        get
        {
            lock (_gate)
            {
                ExpireIfDue();
                return _settings;
            }
        }
    }

    public void Set(FaultSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        lock (_gate)
        {
            _settings = settings;
            _remaining = settings.Requests ?? int.MaxValue;
            _until = settings.Seconds is { } seconds ? time.GetUtcNow().AddSeconds(seconds) : DateTimeOffset.MaxValue;
        }
    }

    /// <summary>The settings that apply to one API request, counting it against <see cref="FaultSettings.Requests"/>.</summary>
    public FaultSettings ForRequest(bool isWrite)
    {
        lock (_gate)
        {
            ExpireIfDue();
            var applies = _settings.Mode switch
            {
                FaultMode.None => false,
                FaultMode.BatchWindow => isWrite,
                _ => true,
            };
            if (!applies)
            {
                return _settings.LatencyMs > 0 ? FaultSettings.Healthy with { LatencyMs = _settings.LatencyMs } : FaultSettings.Healthy;
            }

            var settings = _settings;
            if (--_remaining <= 0)
            {
                _settings = FaultSettings.Healthy;
            }

            return settings;
        }
    }

    private void ExpireIfDue()
    {
        if (time.GetUtcNow() >= _until)
        {
            _settings = FaultSettings.Healthy;
            _until = DateTimeOffset.MaxValue;
        }
    }
}
