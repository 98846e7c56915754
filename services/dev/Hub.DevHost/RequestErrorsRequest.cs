using Confluent.Kafka;
using Hub.DevStack;

namespace Hub.DevHost;

/// <summary>Body of <c>POST /faults/request-errors</c>; names or numbers work for both fields.</summary>
public sealed record RequestErrorsRequest(KafkaApiKey ApiKey, ErrorCode[] Errors);
