using System.Diagnostics.Metrics;
using System.Text;
using Hub.Messaging.Errors;
using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.DependencyInjection;
using Hub.Messaging.Kafka.Pipeline;
using Hub.Messaging.Kafka.Telemetry;
using Hub.Messaging.Processing;
using Hub.Messaging.Serialization;
using Hub.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Polly.Registry;

namespace Hub.Messaging.UnitTests.Support;

/// <summary>
/// Wires a subscription's pipeline the way SubscriptionRuntime does (the named resilience pipeline, budget, invoker, router,
/// the main worker's stages, processor) around a fake producer, a scripted handler and a fake clock. In-process
/// retries have no delay by default, so nothing waits on the clock unless a test asks for it.
/// </summary>
internal sealed class PipelineHarness : IDisposable
{
    public const string SubscriptionName = "orders-sub";
    public const string Topic = "orders";
    public const string Group = "orders-group";
    public const int PartitionNumber = 3;
    public static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    /// <param name="userStages">Stages as UseStage adds them: after the built-in checks, before the handler.</param>
    public PipelineHarness(Action<SubscriptionOptions>? configure = null, IErrorClassifier? classifier = null, IReadOnlyList<IMessageStage<TestEvent>>? userStages = null)
    {
        Classifier = classifier ?? new DefaultErrorClassifier();
        var services = new ServiceCollection().AddMetrics();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(Classifier);
        services.AddSingleton(Circuits);
        services.Configure<SubscriptionOptions>(SubscriptionName, o =>
        {
            o.Name = SubscriptionName;
            o.Topics = [Topic];
            o.GroupId = Group;
            o.Retry.InProcessBaseDelay = TimeSpan.Zero;
            configure?.Invoke(o);
        });
        // The subscription's named pipeline, as SubscriptionRuntime obtains it (options unvalidated, so tests may
        // use delays no operator could configure).
        services.AddHandlerPipeline(SubscriptionName);
        _services = services.BuildServiceProvider();
        Options = _services.GetRequiredService<IOptionsMonitor<SubscriptionOptions>>().Get(SubscriptionName);
        Telemetry = new MessagingTelemetry(_services.GetRequiredService<IMeterFactory>());
        Budget = _services.GetRequiredKeyedService<RetryBudget>(SubscriptionName);
        Pipeline = _services.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(ResiliencePipelineNames.HandlerFor(SubscriptionName));
        Recovery = new RecoverySignal(Time, Options.Retry.OutageFailureThreshold);
        Invoker = new HandlerInvoker(Pipeline, Budget, Classifier, Telemetry, Time, Recovery);
        Router = new FailureRouter(Producer, Telemetry, Time);
        Parts = new PipelineParts(Options, Invoker, Router, Telemetry, Time);
        Processor = new PartitionProcessor<TestEvent>(Options, ConsumerPipeline.Build(ConsumerPipeline.MainTopicStages(Parts, userStages ?? [])), Telemetry, Time);
    }

    public static PartitionRef Partition { get; } = new(Topic, PartitionNumber);

    public SubscriptionOptions Options { get; }

    public FakeTimeProvider Time { get; } = new(Now);

    public CapturingProducer Producer { get; } = new();

    public ScriptedHandler Handler { get; } = new();

    public CircuitStates Circuits { get; } = new();

    public IErrorClassifier Classifier { get; }

    public MessagingTelemetry Telemetry { get; }

    public RetryBudget Budget { get; }

    public Polly.ResiliencePipeline Pipeline { get; }

    public RecoverySignal Recovery { get; }

    public HandlerInvoker Invoker { get; }

    public FailureRouter Router { get; }

    public PipelineParts Parts { get; }

    public PartitionProcessor<TestEvent> Processor { get; }

    public static DateTimeOffset EventTime(long offset) => Now.AddMinutes(-60).AddSeconds(offset);

    public static DecodedMessage<TestEvent> Event(long offset, string key, string eventId)
    {
        var @event = new TestEvent(eventId, key, EventTime(offset));
        var headers = KafkaMessages.Headers((EventHeaders.EventId, eventId), (EventHeaders.EventType, nameof(TestEvent)));
        var message = KafkaMessages.Inbound(Topic, PartitionNumber, offset, key, Encoding.UTF8.GetBytes($"{{\"id\":\"{eventId}\"}}"), headers);
        return new DecodedMessage<TestEvent>(message, @event, null);
    }

    public static DecodedMessage<TestEvent> Undecodable(long offset, string key, string reasonCode = "malformed")
    {
        var message = KafkaMessages.Inbound(Topic, PartitionNumber, offset, key, [0x00, 0xff, 0x13]);
        return new DecodedMessage<TestEvent>(message, null, new EventDecodeException(reasonCode, "cannot read the value"));
    }

    public static BatchLookup Lookup(long epoch = 0, IDictionary<string, MarkerState>? markers = null, IDictionary<string, long>? parkedKeys = null) =>
        new(new Dictionary<string, MarkerState>(markers ?? new Dictionary<string, MarkerState>()), new Dictionary<string, long>(parkedKeys ?? new Dictionary<string, long>()), epoch);

    public Task<BatchOutcome> RunAsync(BatchLookup lookup, params DecodedMessage<TestEvent>[] messages) =>
        Processor.ProcessAsync(messages, lookup, Handler, CancellationToken.None);

    public Task<HandlingResult> InvokeAsync(string eventId, int attempt = 1, CancellationToken cancellationToken = default)
    {
        var context = new EventContext
        {
            Topic = Topic,
            Partition = PartitionNumber,
            Offset = 1,
            Key = "k",
            ConsumerGroup = Group,
            Attempt = attempt,
            Headers = new Dictionary<string, string> { [EventHeaders.EventId] = eventId },
        };
        return Invoker.InvokeAsync(Handler, new TestEvent(eventId, "k", Now), context, MessagingTags.For(Topic, PartitionNumber, Group), cancellationToken);
    }

    public void Dispose()
    {
        Telemetry.Dispose();
        _services.Dispose();
    }
}
