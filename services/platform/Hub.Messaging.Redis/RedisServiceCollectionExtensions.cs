using Hub.Messaging.Processing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hub.Messaging.Redis;

public static class RedisServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Redis processing store (dedup markers, checkpoints, parked keys) bound to the "Redis" section,
    /// the start-up connect (the first hosted service, so it runs before the web server accepts requests) and a
    /// readiness check on the connection.
    /// </summary>
    public static IServiceCollection AddRedisProcessingStore(this IServiceCollection services)
    {
        services.AddOptions<RedisOptions>()
            .BindConfiguration(RedisOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRedisConnectionProvider, RedisConnectionProvider>();
        if (!services.Any(d => d.ImplementationType == typeof(RedisStartupConnection)))
        {
            services.AddHostedService<RedisStartupConnection>();
            services.AddHealthChecks().AddCheck<RedisReadinessCheck>("redis", tags: ["ready"]);
        }

        services.TryAddSingleton<IProcessingStore, RedisProcessingStore>();
        services.TryAddSingleton<IReplayStore, ReplayStore>();
        services.TryAddSingleton<IInstanceStatusStore, RedisInstanceStatusStore>();
        services.TryAddSingleton<IConnectorPauseStore, RedisConnectorPauseStore>();
        return services;
    }
}
