using System.Text.Json;
using Confluent.Kafka;
using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.GroupProtocols;
using Hub.Messaging.Kafka.Health;
using Microsoft.Extensions.Logging;

namespace Hub.Messaging.Kafka.Consuming;

/// <summary>
/// Notices a consumer that stays outside its group. librdkafka raises no error when brokers refuse KIP-848 (it only
/// keeps rediscovering the coordinator), so the group state in its statistics is the reliable signal: joined means
/// coordinator "up" and join state "steady"; anything else past the deadline fails readiness, with a Critical log.
/// </summary>
internal sealed class GroupMembershipWatch(string groupId, GroupProtocolChoice protocol, TimeSpan deadline, GroupMembershipHealth health, TimeProvider time, ILogger logger)
{
    private static readonly ErrorCode[] RefusedJoin =
    [
        ErrorCode.GroupAuthorizationFailed, ErrorCode.InconsistentGroupProtocol, ErrorCode.GroupMaxSizeReached,
        ErrorCode.UnsupportedAssignor, ErrorCode.FencedInstanceId,
    ];

    private readonly Lock _gate = new();
    private DateTimeOffset? _outsideSince = time.GetUtcNow();
    private bool _failed;

    /// <summary>The join deadline: Kafka:GroupJoinTimeout, else the classic session timeout (Kafka's default 45 s).</summary>
    public static TimeSpan DeadlineFor(KafkaOptions options) =>
        options.GroupJoinTimeout ?? TimeSpan.FromMilliseconds(options.Consumer.SessionTimeoutMs ?? 45_000);

    public void Assigned() => Inside();

    public void Error(Error error)
    {
        if (RefusedJoin.Contains(error.Code))
        {
            Fail($"the group refused {groupId}: {error.Code}: {error.Reason}");
        }
    }

    public void Statistics(string json)
    {
        string state;
        string joinState;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("cgrp", out var group))
            {
                return;
            }

            state = group.GetProperty("state").GetString() ?? "";
            joinState = group.GetProperty("join_state").GetString() ?? "";
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return;
        }

        if (state == "up" && joinState == "steady")
        {
            Inside();
            return;
        }

        DateTimeOffset since;
        lock (_gate)
        {
            since = _outsideSince ??= time.GetUtcNow();
        }

        var outside = time.GetUtcNow() - since;
        if (outside > deadline)
        {
            Fail(state != "up"
                ? $"group coordinator of {groupId} unknown for {outside.TotalSeconds:F0}s (coordinator state {state})"
                : $"{groupId} has not joined its group for {outside.TotalSeconds:F0}s (group protocol {protocol.Name}, join state {joinState}){Hint()}");
        }
    }

    private string Hint() => protocol.Protocol == GroupProtocol.Consumer
        ? "; brokers before Apache Kafka 4.0 refuse the consumer (KIP-848) protocol: set Kafka:GroupProtocol to auto or classic"
        : "";

    private void Inside()
    {
        bool wasFailed;
        lock (_gate)
        {
            _outsideSince = null;
            wasFailed = _failed;
            _failed = false;
        }

        if (wasFailed)
        {
            health.Cleared(groupId);
            logger.LogInformation("{Group} joined its consumer group; ready again", groupId);
        }
    }

    private void Fail(string reason)
    {
        bool first;
        lock (_gate)
        {
            first = !_failed;
            _failed = true;
        }

        health.Failed(groupId, reason);
        if (first)
        {
            logger.LogCritical("Consumer cannot join its group, nothing is consumed: {Reason}", reason);
        }
    }
}
