namespace Hub.Messaging;

/// <summary>Where an event came from and how often it has been tried; handed to handlers.</summary>
public sealed record EventContext
{
    public required string Topic { get; init; }

    public required int Partition { get; init; }

    public required long Offset { get; init; }

    public required string Key { get; init; }

    public required string ConsumerGroup { get; init; }

    /// <summary>1 on the first try; grows across in-process retries and retry-topic attempts.</summary>
    public int Attempt { get; init; } = 1;

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// A key that stays the same for every delivery of this event to this consumer group.
    /// Pass it to external systems that accept idempotency keys so a redelivery is never applied twice.
    /// </summary>
    public string IdempotencyKey => $"{ConsumerGroup}:{Headers.GetValueOrDefault(EventHeaders.EventId, $"{Topic}-{Partition}-{Offset}")}";
}
