using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Hub.Messaging.Redis;

/// <summary>Not ready while the multiplexer has no connection: dedup, checkpoints and webhook receipts all need it.</summary>
public sealed class RedisReadinessCheck(IRedisConnectionProvider connections, IOptions<RedisOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // Created at start-up, so this await completes at once; it never starts a connect from a probe.
        var connection = await connections.GetAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        return connection.IsConnected
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"Redis at {RedisConnectionProvider.Endpoint(options.Value.Configuration)} is unreachable: consumption is paused and webhooks answer 503 until it is back");
    }
}
