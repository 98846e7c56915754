using Confluent.Kafka;

namespace Hub.Messaging.Kafka.GroupProtocols;

/// <summary>The group protocol this process's consumers use, and why (shown in logs, readiness and <c>hub status</c>).</summary>
/// <param name="Protocol">What goes into <c>group.protocol</c>.</param>
/// <param name="Reason">One sentence for operators, e.g. "broker 2 (kafka-2:9092) does not serve ConsumerGroupHeartbeat".</param>
/// <param name="Explicit">True when configuration decided; false when the brokers were asked (or could not be).</param>
public sealed record GroupProtocolChoice(GroupProtocol Protocol, string Reason, bool Explicit)
{
    /// <summary>"consumer" or "classic", as the setting is spelled.</summary>
    /// <summary>The brokers were to be asked but could not be (SASL, unreachable, odd answer): classic as the safe side.</summary>
    public bool ProbeFailed { get; init; }

    public string Name => Protocol == GroupProtocol.Consumer ? "consumer" : "classic";

    public override string ToString() => $"{Name} ({Reason})";
}
