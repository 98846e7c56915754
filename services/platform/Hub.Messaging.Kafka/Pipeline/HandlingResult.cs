using Hub.Messaging.Errors;

namespace Hub.Messaging.Kafka.Pipeline;

/// <summary>How a handler call ended after the resilience pipeline gave up or succeeded.</summary>
public sealed record HandlingResult(int Attempts, Exception? Error, ErrorKind? Kind)
{
    public bool Succeeded => Error is null;

    public static HandlingResult Success(int attempts) => new(attempts, null, null);
}
