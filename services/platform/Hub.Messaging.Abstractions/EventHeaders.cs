namespace Hub.Messaging;

/// <summary>Kafka header names the platform writes and reads. Lower-case, dash-separated, stable across versions.</summary>
public static class EventHeaders
{
    public const string EventId = "event-id";
    public const string EventType = "event-type";
    public const string OccurredAt = "occurred-at";
    public const string TraceParent = "traceparent";
    public const string TraceState = "tracestate";
    public const string Baggage = "baggage";

    // Written on retry-topic and dead-letter copies so the original can always be found again.
    public const string OriginalTopic = "hub-original-topic";
    public const string OriginalPartition = "hub-original-partition";
    public const string OriginalOffset = "hub-original-offset";
    public const string ConsumerGroup = "hub-consumer-group";
    public const string ErrorClass = "hub-error-class";
    public const string ErrorMessage = "hub-error-message";
    public const string ErrorStackHash = "hub-error-stack-hash";
    public const string ErrorKind = "hub-error-kind";
    public const string AttemptCount = "hub-attempt-count";
    public const string FirstFailureAt = "hub-first-failure-at";
    public const string LastFailureAt = "hub-last-failure-at";
    public const string NotBefore = "hub-retry-not-before";
    public const string ParkedReason = "hub-parked-reason";

    /// <summary>On a dead letter sent back by an operator: which dead letter it is (dlq topic:partition:offset).</summary>
    public const string ReplayOf = "hub-replay-of";
}
