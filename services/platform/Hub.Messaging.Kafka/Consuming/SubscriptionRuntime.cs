using Hub.Messaging.Errors;
using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.Health;
using Hub.Messaging.Kafka.Pipeline;
using Hub.Messaging.Kafka.Telemetry;
using Hub.Messaging.Processing;
using Hub.Messaging.Serialization;
using Hub.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Registry;

namespace Hub.Messaging.Kafka.Consuming;

/// <summary>
/// Everything one subscription's main and retry workers share: options, the decoder, the store, and their stages
/// (<see cref="ConsumerPipeline"/>) built once around the subscription's "handler:{name}" resilience pipeline,
/// obtained by name once here (one circuit breaker per subscription, not per worker or message).
/// </summary>
public sealed class SubscriptionRuntime<TEvent>
    where TEvent : class, IIntegrationEvent
{
    /// <param name="stageTypes">The subscription's own stages (UseStage), resolved here, in the order they were added.</param>
    public SubscriptionRuntime(string name, Type handlerType, IReadOnlyList<Type> stageTypes, IServiceProvider services)
    {
        HandlerType = handlerType;
        Options = services.GetRequiredService<IOptionsMonitor<SubscriptionOptions>>().Get(name);
        Services = services;
        Time = services.GetRequiredService<TimeProvider>();
        Store = services.GetRequiredService<IProcessingStore>();
        Guard = services.GetRequiredService<DependencyOutageGuard>();
        Progress = services.GetRequiredService<PartitionProgress>();
        Health = services.GetRequiredService<SubscriptionHealth>();
        ConsumerFactory = services.GetRequiredService<KafkaConsumerFactory>();
        Decoder = new EventDecoder<TEvent>(services.GetRequiredService<IEventDeserializer<TEvent>>());
        var telemetry = services.GetRequiredService<MessagingTelemetry>();
        var budget = services.GetRequiredKeyedService<RetryBudget>(name);
        var pipeline = services.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(ResiliencePipelineNames.HandlerFor(name));
        Recovery = new RecoverySignal(Time, Options.Retry.OutageFailureThreshold);
        var invoker = new HandlerInvoker(pipeline, budget, services.GetRequiredService<IErrorClassifier>(), telemetry, Time, Recovery);
        var parts = new PipelineParts(Options, invoker, services.GetRequiredService<FailureRouter>(), telemetry, Time);
        var userStages = stageTypes.Select(type => (IMessageStage<TEvent>)services.GetRequiredService(type)).ToList();
        Processor = new PartitionProcessor<TEvent>(Options, ConsumerPipeline.Build(ConsumerPipeline.MainTopicStages(parts, userStages)), telemetry, Time);
        RetryPipeline = ConsumerPipeline.Build(ConsumerPipeline.RetryTopicStages(parts, userStages));
        Logger = services.GetRequiredService<ILoggerFactory>().CreateLogger($"Hub.Messaging.Subscription.{name}");
        ReplayStore = services.GetService<IReplayStore>();
        InstanceStatus = services.GetService<IInstanceStatusStore>();
        Circuits = services.GetRequiredService<CircuitStates>();
        Ownership = services.GetRequiredService<PartitionOwnership>();
        (PauseConnector, PauseSubscription) = PauseScope.OfGroup(Options.GroupId);
        Pauses = services.GetService<IConnectorPauseStore>() is { } pauseStore ? new ConnectorPauseWatch(pauseStore, PauseConnector, Time) : null;
        PauseMetrics = services.GetRequiredService<ConnectorPauseMetrics>();
    }

    public SubscriptionOptions Options { get; }

    /// <summary>Resolved by its concrete type, so one process can run several subscriptions of the same event type.</summary>
    public Type HandlerType { get; }

    public IServiceProvider Services { get; }

    public TimeProvider Time { get; }

    public IProcessingStore Store { get; }

    public DependencyOutageGuard Guard { get; }

    public PartitionProgress Progress { get; }

    public SubscriptionHealth Health { get; }

    public KafkaConsumerFactory ConsumerFactory { get; }

    public EventDecoder<TEvent> Decoder { get; }

    /// <summary>The main worker's stages around one partition's share of a batch.</summary>
    public PartitionProcessor<TEvent> Processor { get; }

    /// <summary>The retry worker's stages, for one copy at a time.</summary>
    public MessageStageDelegate<TEvent> RetryPipeline { get; }

    public ILogger Logger { get; }

    /// <summary>Absent when the store does not support replay; the worker then never rewinds.</summary>
    public IReplayStore? ReplayStore { get; }

    public IInstanceStatusStore? InstanceStatus { get; }

    public CircuitStates Circuits { get; }

    public PartitionOwnership Ownership { get; }

    /// <summary>Shared by the main and retry workers: any success after an outage releases the parked backlog.</summary>
    public RecoverySignal Recovery { get; }

    /// <summary>The operator's kill switch of the connector (`hub pause`); absent when the store has none.</summary>
    public ConnectorPauseWatch? Pauses { get; }

    /// <summary>The connector and subscription a pause names, from the group id (<c>&lt;connector&gt;.&lt;subscription&gt;</c>).</summary>
    public string PauseConnector { get; }

    public string PauseSubscription { get; }

    public ConnectorPauseMetrics PauseMetrics { get; }

    public IEventHandler<TEvent> ResolveHandler(IServiceProvider scope) => (IEventHandler<TEvent>)scope.GetRequiredService(HandlerType);
}
