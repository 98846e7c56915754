namespace Hub.Messaging;

/// <summary>
/// The name of the platform's messaging ActivitySource and Meter. Declared with the abstractions, not with the Kafka
/// implementation, so Hub.Observability can listen to both without linking the consumer pipeline.
/// </summary>
public static class MessagingDiagnostics
{
    public const string SourceName = "Hub.Messaging";
}
