using Hub.Messaging.Redis;
using Hub.Messaging.Serialization;
using Hub.Messaging.TestApp;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Benchmarks;

/// <summary>A connector host exactly as services build it: decode, dedup, handler, checkpoint and commit all on.</summary>
public static class PipelineHost
{
    /// <param name="services">Replaces parts of the wiring, e.g. the processing store of the dedup comparison.</param>
    public static async Task<IHost> StartAsync(BenchStack stack, string topic, string group, int batchSize, LatencyRecorder recorder, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kafka:BootstrapServers"] = stack.Cluster.BootstrapServers,
            ["Kafka:ServiceName"] = "bench",
            ["Redis:Configuration"] = stack.Redis.Endpoint,
            // The mock cluster answers an empty fetch only after fetch.wait.max.ms, even when data arrives meanwhile;
            // a real broker answers as soon as data arrives. A short wait keeps the mock from adding its own latency.
            ["Kafka:Consumer:FetchWaitMaxMs"] = "5",
        });
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddKafkaMessaging();
        builder.Services.AddRedisProcessingStore();
        builder.Services.AddSingleton(recorder);
        builder.Services.AddSingleton(typeof(IEventDeserializer<>), typeof(JsonEventSerde<>));
        builder.Services.AddSubscription<TestEvent, NoOpHandler>("bench", o =>
        {
            o.Topics = [topic];
            o.GroupId = group;
            o.MaxBatchSize = batchSize;
            o.PollTimeout = TimeSpan.FromMilliseconds(100);
        });
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
