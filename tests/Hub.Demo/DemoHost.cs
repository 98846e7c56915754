using Hub.Contracts;
using Hub.DevStack;
using Hub.Messaging.Kafka.DependencyInjection;
using Hub.Messaging.Redis;
using Hub.Serialization.Avro;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Demo;

/// <summary>A consumer host wired like a connector: Kafka, Redis store, Avro via the registry, one subscription.</summary>
public static class DemoHost
{
    public const string Group = "erp-connector.customers";

    public static async Task<IHost> StartAsync(Hub.DevStack.DevStack stack, Uri registry, DemoScoreboard scoreboard)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kafka:BootstrapServers"] = stack.BootstrapServers,
            ["Kafka:ServiceName"] = "demo",
            ["Redis:Configuration"] = stack.RedisEndpoint,
            ["SchemaRegistry:Url"] = registry.ToString(),
            // The mock cluster answers an empty fetch only after fetch.wait.max.ms even when data arrives meanwhile.
            ["Kafka:Consumer:FetchWaitMaxMs"] = "20",
        });
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Error);
        builder.Services.AddKafkaMessaging();
        builder.Services.AddRedisProcessingStore();
        builder.Services.AddAvroSerialization(builder.Configuration);
        builder.Services.AddSingleton(scoreboard);
        builder.Services.AddSubscription<CustomerUpserted, ErpSimulatorHandler>("erp-customers", o =>
        {
            o.Topics = [DemoScript.Topic];
            o.GroupId = Group;
            o.Retry.InProcessAttempts = 1;
            o.Retry.InProcessBaseDelay = TimeSpan.FromMilliseconds(20);
            o.Retry.RetryTopicBaseDelay = TimeSpan.FromMilliseconds(500);
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
