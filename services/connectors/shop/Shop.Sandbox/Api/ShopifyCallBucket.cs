namespace Shop.Sandbox.Api;

/// <summary>
/// Shopify's REST Admin API limit as its documentation describes it: a leaky bucket of 40 calls per store that
/// drains 2 calls a second, reported on every response as <c>X-Shopify-Shop-Api-Call-Limit: used/40</c>. The
/// sandbox reports it; 429s come from the fault switch (a test decides when the limit bites).
/// </summary>
public sealed class ShopifyCallBucket(TimeProvider time)
{
    public const int Capacity = 40;
    public const double LeakPerSecond = 2;

    private readonly Lock _gate = new();
    private double _level;
    private DateTimeOffset _at = time.GetUtcNow();

    /// <summary>Counts one call and returns the header value after it.</summary>
    public string Take()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            _level = Math.Max(0, _level - ((now - _at).TotalSeconds * LeakPerSecond));
            _at = now;
            _level = Math.Min(Capacity, _level + 1);
            return $"{(int)Math.Ceiling(_level)}/{Capacity}";
        }
    }
}
