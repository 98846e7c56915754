using Hub.Messaging.Kafka.GroupProtocols;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Messaging.Kafka.Health;

/// <summary>
/// Not ready while a consumer cannot join its group (protocol refused, not authorized, no coordinator): it would
/// look alive and consume nothing. Always reports the group protocol in use and why, for operators.
/// </summary>
public sealed class KafkaGroupReadinessCheck(GroupMembershipHealth membership, GroupProtocolProvider protocols) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var choice = protocols.Current;
        var data = new Dictionary<string, object>
        {
            ["groupProtocol"] = choice?.Name ?? "not chosen yet",
            ["groupProtocolReason"] = choice?.Reason ?? "no consumer has started",
        };
        var failures = membership.Failures.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}: {f.Value}").ToList();
        return Task.FromResult(failures.Count == 0
            ? HealthCheckResult.Healthy(choice is null ? "group protocol not chosen yet" : $"group protocol {choice}", data)
            : HealthCheckResult.Unhealthy(string.Join("; ", failures), data: data));
    }
}
