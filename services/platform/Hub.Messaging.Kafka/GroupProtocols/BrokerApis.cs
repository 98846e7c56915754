namespace Hub.Messaging.Kafka.GroupProtocols;

/// <summary>One broker's ApiVersions answer; <see cref="Broker"/> names it for the log, e.g. "2 (kafka-2:9092)".</summary>
public sealed record BrokerApis(string Broker, IReadOnlyCollection<ApiVersionRange> Apis);
