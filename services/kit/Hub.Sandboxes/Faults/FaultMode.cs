namespace Hub.Sandboxes;

public enum FaultMode
{
    /// <summary>Answers normally.</summary>
    None,

    /// <summary>Drops the connection without an answer, as a host that is down or unreachable looks to a client.</summary>
    Down,

    /// <summary>Answers with <see cref="FaultSettings.Status"/> (default 503).</summary>
    Error,

    /// <summary>Answers 429 Too Many Requests with Retry-After.</summary>
    RateLimited,

    /// <summary>Refuses writes (POST/PUT/PATCH/DELETE) as an ERP does while a batch job runs; reads still work.</summary>
    BatchWindow,
}
