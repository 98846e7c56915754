using System.Net.Http.Headers;

namespace Hub.Connectors.Hosting;

/// <summary>Reads HTTP Retry-After (delta seconds or an HTTP date), bounded so a hostile value cannot stall a connector for days.</summary>
public static class RetryAfterHeader
{
    public static readonly TimeSpan Ceiling = TimeSpan.FromMinutes(30);

    public static TimeSpan? Read(HttpResponseHeaders headers, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var value = headers.RetryAfter;
        TimeSpan? delay = value switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow(),
            _ => null,
        };
        if (delay is null)
        {
            return null;
        }

        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > Ceiling ? Ceiling : delay;
    }
}
