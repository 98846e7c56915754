using Hub.Messaging.Kafka.DependencyInjection;
using Hub.Messaging.Redis;
using Hub.Messaging.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Messaging.TestApp;

public static class TestAppServiceCollectionExtensions
{
    /// <summary>The messaging platform plus the recording handler on subscription "main" (configured in Subscriptions:main).</summary>
    public static IServiceCollection AddTestApp(this IServiceCollection services, Action<Kafka.Configuration.SubscriptionOptions>? configure = null)
    {
        services.AddOptions<TestAppOptions>().BindConfiguration(TestAppOptions.SectionName);
        services.AddKafkaMessaging();
        services.AddRedisProcessingStore();
        services.AddSingleton<IConnectionMultiplexer>(sp => ConnectionMultiplexer.Connect(sp.GetRequiredService<IOptions<RedisOptions>>().Value.Configuration));
        services.AddSingleton<EffectLog>();
        services.AddSingleton(typeof(IEventSerializer<>), typeof(JsonEventSerde<>));
        services.AddSingleton(typeof(IEventDeserializer<>), typeof(JsonEventSerde<>));
        services.AddSubscription<TestEvent, RecordingHandler>("main", configure);
        return services;
    }
}
