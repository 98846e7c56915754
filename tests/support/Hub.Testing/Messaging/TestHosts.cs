using Hub.Messaging;
using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Redis;
using Hub.Messaging.Serialization;
using Hub.Messaging.TestApp;
using Hub.Serialization.Avro;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Testing.Messaging;

/// <summary>In-process hosts wired exactly like a service: the messaging platform, Redis store and the recording handler.</summary>
public static class TestHosts
{
    public static Dictionary<string, string?> Configuration(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var settings = new Dictionary<string, string?>
        {
            ["Kafka:BootstrapServers"] = scenario.Stack.BootstrapServers,
            ["Kafka:ServiceName"] = "integration-tests",
            ["Redis:Configuration"] = scenario.Stack.RedisConfiguration,
            ["Redis:KeyPrefix"] = scenario.Namespace,
            ["TestApp:Namespace"] = scenario.Namespace,
        };
        foreach (var (key, value) in scenario.Stack.KafkaSettings)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Fast delays so retry paths finish within a test; the circuit breaker off unless a test wants it.</summary>
    public static void FastRetries(SubscriptionOptions options)
    {
        options.Retry.InProcessBaseDelay = TimeSpan.FromMilliseconds(5);
        options.Retry.InProcessMaxDelay = TimeSpan.FromMilliseconds(20);
        options.Retry.RetryTopicBaseDelay = TimeSpan.FromMilliseconds(200);
        options.Retry.RetryTopicMaxDelay = TimeSpan.FromSeconds(1);
        options.CircuitBreaker.Enabled = false;
    }

    public static async Task<IHost> StartConsumerAsync(Scenario scenario, Action<SubscriptionOptions>? configure = null, Action<IServiceCollection>? services = null, Dictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(Configuration(scenario));
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddTestApp(o =>
        {
            o.Topics = [scenario.Topic];
            o.GroupId = scenario.Group;
            o.MaxBatchSize = 100;
            FastRetries(o);
            configure?.Invoke(o);
        });
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    /// <summary>
    /// A consumer host with a handler of the test's own (an HTTP client of a fake target, an Avro handler, ...):
    /// the messaging platform and Redis store, fast retries, and whatever <paramref name="services"/> registers
    /// (the handler's dependencies and the deserializer of <typeparamref name="TEvent"/>).
    /// </summary>
    public static async Task<IHost> StartSubscriberAsync<TEvent, THandler>(Scenario scenario, Action<IServiceCollection> services, Action<SubscriptionOptions>? configure = null)
        where TEvent : class, IIntegrationEvent
        where THandler : class, IEventHandler<TEvent>
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(Configuration(scenario));
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddKafkaMessaging();
        builder.Services.AddRedisProcessingStore();
        services(builder.Services);
        builder.Services.AddSubscription<TEvent, THandler>("main", o =>
        {
            o.Topics = [scenario.Topic];
            o.GroupId = scenario.Group;
            o.MaxBatchSize = 100;
            FastRetries(o);
            configure?.Invoke(o);
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    /// <summary>A host that only publishes, as a connector's inbound side would.</summary>
    public static async Task<IHost> StartPublisherAsync(Scenario scenario, Dictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(Configuration(scenario));
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddLogging();
        builder.Services.AddKafkaMessaging();
        builder.Services.AddSingleton(typeof(IEventSerializer<>), typeof(JsonEventSerde<>));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    /// <summary>A host that publishes canonical events as a connector does: Confluent Avro, schemas in <paramref name="registry"/>.</summary>
    public static Task<IHost> StartAvroPublisherAsync(StackFixture stack, Uri registry, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(stack);
        return StartAvroPublisherAsync(stack.BootstrapServers, registry, serviceName);
    }

    /// <summary>The same on any cluster, e.g. a load program's embedded stack.</summary>
    public static async Task<IHost> StartAvroPublisherAsync(string bootstrapServers, Uri registry, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kafka:BootstrapServers"] = bootstrapServers,
            ["Kafka:ServiceName"] = serviceName,
            ["SchemaRegistry:Url"] = registry.ToString(),
        });
        builder.Services.AddLogging();
        builder.Services.AddKafkaMessaging();
        builder.Services.AddAvroSerialization(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    public static async Task PublishAsync(this IHost host, string topic, IEnumerable<TestEvent> events)
    {
        var publisher = host.Services.GetRequiredService<IEventPublisher>();
        await Task.WhenAll(events.Select(e => publisher.PublishAsync(topic, e)));
    }

    public static async Task StopQuietlyAsync(this IHost host)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await host.StopAsync(timeout.Token);
        host.Dispose();
    }
}
