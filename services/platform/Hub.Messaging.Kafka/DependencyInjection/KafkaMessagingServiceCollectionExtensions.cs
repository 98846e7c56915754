using Hub.Messaging;
using Hub.Messaging.Errors;
using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.Consuming;
using Hub.Messaging.Kafka.DependencyInjection;
using Hub.Messaging.Kafka.GroupProtocols;
using Hub.Messaging.Kafka.Health;
using Hub.Messaging.Kafka.Pipeline;
using Hub.Messaging.Kafka.Producing;
using Hub.Messaging.Kafka.Telemetry;
using Hub.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

// The .NET convention for registration methods: callers find them with the namespace they already import, and a
// connector never imports a Kafka namespace just to declare a subscription.
namespace Microsoft.Extensions.DependencyInjection;

public static class KafkaMessagingServiceCollectionExtensions
{
    /// <summary>
    /// The producer (one per process), the publisher, telemetry and health checks, bound to the "Kafka" section.
    /// A processing store (e.g. AddRedisProcessingStore) must be registered too before subscriptions can run.
    /// </summary>
    public static IServiceCollection AddKafkaMessaging(this IServiceCollection services)
    {
        services.AddOptions<KafkaOptions>()
            .BindConfiguration(KafkaOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IErrorClassifier, DefaultErrorClassifier>();
        services.TryAddSingleton<MessagingTelemetry>();
        services.TryAddSingleton<PartitionProgress>();
        services.TryAddSingleton<SubscriptionHealth>();
        services.TryAddSingleton<CircuitStates>();
        services.TryAddSingleton<CircuitBreakerMetrics>();
        services.TryAddSingleton<ConnectorPauseMetrics>();
        services.TryAddSingleton<PartitionOwnership>();
        services.TryAddSingleton<FailureRouter>();
        services.AddRetryPipeline(ResiliencePipelineNames.DependencyOutage, RetryPipelineDefaults.DependencyOutage, error => error is DependencyUnavailableException);
        services.TryAddSingleton<DependencyOutageGuard>();
        services.TryAddSingleton<CheckpointResumer>();
        services.TryAddSingleton<GroupProtocolProvider>();
        services.TryAddSingleton<GroupMembershipHealth>();
        services.TryAddSingleton<KafkaConsumerFactory>();
        services.TryAddSingleton<IKafkaProducer, KafkaProducer>();
        services.TryAddSingleton<IEventPublisher, KafkaEventPublisher>();
        services.TryAddSingleton<IInboundDeadLetterPublisher, KafkaInboundDeadLetterPublisher>();
        services.AddHostedService<ProducerFlushService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, CircuitBreakerMetricsActivator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, GroupProtocolStartup>());
        services.AddHealthChecks()
            .AddCheck<SubscriptionLivenessCheck>("subscriptions-live", tags: ["live"])
            .AddCheck<SubscriptionReadinessCheck>("subscriptions-ready", tags: ["ready"])
            .AddCheck<PartitionOwnershipCheck>("partition-owners", tags: ["ready"])
            .AddCheck<KafkaGroupReadinessCheck>("kafka-group", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// One subscription: a main worker on <see cref="SubscriptionOptions.Topics"/> and, unless disabled, a retry worker
    /// on its retry topic. Options come from "Resilience:handler" (Retry, CircuitBreaker and RateLimit defaults of every
    /// subscription), then "Subscriptions:{name}", then <paramref name="configure"/>; its handler calls run in the
    /// "handler:{name}" resilience pipeline. The returned builder adds the subscription's own stages
    /// (<see cref="SubscriptionBuilder{TEvent}.UseStage{TStage}"/>).
    /// </summary>
    public static SubscriptionBuilder<TEvent> AddSubscription<TEvent, THandler>(this IServiceCollection services, string name, Action<SubscriptionOptions>? configure = null)
        where TEvent : class, IIntegrationEvent
        where THandler : class, IEventHandler<TEvent>
    {
        services.AddOptions<SubscriptionOptions>(name)
            .Configure<IServiceProvider>((o, sp) => HandlerResilienceDefaults.Apply(sp.GetService<IConfiguration>(), o))
            .BindConfiguration($"{SubscriptionOptions.SectionPrefix}:{name}")
            .Configure(o =>
            {
                o.Name = string.IsNullOrEmpty(o.Name) ? name : o.Name;
                configure?.Invoke(o);
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Options.IValidateOptions<SubscriptionOptions>, SubscriptionOptionsValidator>());
        services.TryAddScoped<THandler>();
        services.AddHandlerPipeline(name);
        var builder = new SubscriptionBuilder<TEvent>(services);
        services.AddKeyedSingleton(name, (sp, _) => new SubscriptionRuntime<TEvent>(name, typeof(THandler), builder.StageTypes, sp));
        // Hosted services start in registration order: the group protocol is chosen before any worker starts, so a
        // worker never resumes on the thread that finished the probe and blocks it (and the workers behind it).
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, GroupProtocolStartup>());
        services.AddSingleton<IHostedService>(sp => new SubscriptionWorker<TEvent>(sp.GetRequiredKeyedService<SubscriptionRuntime<TEvent>>(name)));
        services.AddSingleton<IHostedService>(sp =>
        {
            var runtime = sp.GetRequiredKeyedService<SubscriptionRuntime<TEvent>>(name);
            return runtime.Options.Retry.RetryTopicEnabled ? new RetryWorker<TEvent>(runtime) : new NoOpHostedService();
        });
        return builder;
    }
}
