using Hub.Messaging.Processing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Messaging.Redis;

public static class RedisServiceCollectionExtensions
{
    /// <summary>Registers the Redis processing store (dedup markers, checkpoints, parked keys) bound to the "Redis" section.</summary>
    public static IServiceCollection AddRedisProcessingStore(this IServiceCollection services)
    {
        services.AddOptions<RedisOptions>()
            .BindConfiguration(RedisOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRedisConnectionProvider, RedisConnectionProvider>();
        services.TryAddSingleton<IProcessingStore, RedisProcessingStore>();
        services.TryAddSingleton<IReplayStore, ReplayStore>();
        services.TryAddSingleton<IInstanceStatusStore, RedisInstanceStatusStore>();
        return services;
    }
}
