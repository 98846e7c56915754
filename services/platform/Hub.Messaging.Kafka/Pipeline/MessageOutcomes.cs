namespace Hub.Messaging.Kafka.Pipeline;

/// <summary>
/// How the pipeline finished a message: <see cref="MessageContext{TEvent}.Outcome"/>, and on the main worker the
/// <see cref="Tag"/> of its <c>process</c> span.
/// </summary>
public static class MessageOutcomes
{
    public const string Tag = "hub.outcome";

    public const string NotSelectedByReplay = "not-selected-by-replay";

    public const string Duplicate = "duplicate";

    public const string DeadLettered = "dead-lettered";

    public const string ParkedBehindKey = "parked-behind-key";

    public const string Handled = "handled";

    /// <summary>Sent to the retry topic after the in-process retries ran out.</summary>
    public const string Parked = "parked";

    /// <summary>A retry-topic copy that failed again and waits, on its partition, for its next attempt.</summary>
    public const string Held = "held";
}
