namespace Hub.Messaging.Kafka.Pipeline;

/// <summary>The rest of the pipeline after a stage, built once per subscription (<see cref="ConsumerPipeline"/>).</summary>
public delegate ValueTask MessageStageDelegate<TEvent>(MessageContext<TEvent> message, CancellationToken cancellationToken)
    where TEvent : class, IIntegrationEvent;
