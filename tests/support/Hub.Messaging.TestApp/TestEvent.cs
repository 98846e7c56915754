using Hub.Messaging;

namespace Hub.Messaging.TestApp;

/// <summary>
/// A test event that tells the handler how to behave: fail transiently a number of times, fail permanently, or
/// carry a payload of a given size.
/// </summary>
public sealed record TestEvent : IIntegrationEvent
{
    public required string EventId { get; init; }

    public required string EntityId { get; init; }

    public DateTimeOffset OccurredAt { get; init; } = DateTimeOffset.UtcNow;

    public int Sequence { get; init; }

    public int FailTimes { get; init; }

    public bool Poison { get; init; }

    public string Payload { get; init; } = string.Empty;

    public static TestEvent Create(string entityId, int sequence, int failTimes = 0, bool poison = false, string payload = "") => new()
    {
        EventId = Guid.NewGuid().ToString(),
        EntityId = entityId,
        Sequence = sequence,
        FailTimes = failTimes,
        Poison = poison,
        Payload = payload,
    };
}
