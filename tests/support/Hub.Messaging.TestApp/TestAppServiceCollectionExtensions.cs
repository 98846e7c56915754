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
        services.AddKafkaMessaging();
        services.AddRedisProcessingStore();
        services.AddEffectLog();
        services.AddSingleton(typeof(IEventSerializer<>), typeof(JsonEventSerde<>));
        services.AddSingleton(typeof(IEventDeserializer<>), typeof(JsonEventSerde<>));
        services.AddSubscription<TestEvent, RecordingHandler>("main", configure);
        return services;
    }

    /// <summary>The effect log on the platform's Redis, for handlers of other event types that play an idempotent target.</summary>
    public static IServiceCollection AddEffectLog(this IServiceCollection services)
    {
        services.AddOptions<TestAppOptions>().BindConfiguration(TestAppOptions.SectionName);
        services.AddSingleton<IConnectionMultiplexer>(sp => ConnectionMultiplexer.Connect(sp.GetRequiredService<IOptions<RedisOptions>>().Value.Configuration));
        services.AddSingleton<EffectLog>();
        return services;
    }
}
