using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.Telemetry;

namespace Hub.Messaging.Kafka.Pipeline;

/// <summary>What the built-in stages of one subscription are made of (<see cref="ConsumerPipeline"/>).</summary>
public sealed record PipelineParts(SubscriptionOptions Subscription, HandlerInvoker Invoker, FailureRouter Router, MessagingTelemetry Telemetry, TimeProvider Time);
