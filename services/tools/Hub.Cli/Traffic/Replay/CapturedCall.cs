using Hub.Identity.Capture;

namespace Hub.Cli.Traffic.Replay;

/// <summary>
/// A captured exchange as `hub capture replay` matches it: method, path template and identity, where the identity is
/// the call's idempotency key when it sent one, else the ids in its path (the business key).
/// </summary>
public sealed record CapturedCall(string Method, CallTarget Target, string Identity, CapturedExchange Exchange)
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static CapturedCall Of(CapturedExchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var target = CallTarget.Parse(exchange.Request.Target);
        var key = exchange.Request.Headers.FirstOrDefault(h => string.Equals(h.Key, IdempotencyHeader, StringComparison.OrdinalIgnoreCase)).Value;
        return new CapturedCall(exchange.Request.Method ?? "", target, key ?? target.Ids, exchange);
    }

    /// <summary>What the call is matched by: two calls with the same key are the same call.</summary>
    public string Key => $"{Method} {Target.Template} [{Identity}]";
}
