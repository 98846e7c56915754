namespace Hub.Messaging.Kafka.GroupProtocols;

/// <summary>One entry of a broker's ApiVersions answer: the versions it serves of one request type.</summary>
public readonly record struct ApiVersionRange(short ApiKey, short MinVersion, short MaxVersion);
