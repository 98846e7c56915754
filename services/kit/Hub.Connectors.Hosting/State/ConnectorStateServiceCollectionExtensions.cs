using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace Hub.Connectors.Hosting;

public static class ConnectorStateServiceCollectionExtensions
{
    /// <summary>
    /// Declares that a store's keys used to be <paramref name="former"/> (relative to the key prefix; a trailing
    /// <c>*</c> matches record ids): the connector moves them to their current keys once, at start-up.
    /// </summary>
    public static IServiceCollection AddFormerStateKey(this IServiceCollection services, string former, Func<ConnectorStateKeys, string, RedisKey> current)
    {
        services.TryAddSingleton<ConnectorStateKeys>();
        services.AddSingleton(sp =>
        {
            var keys = sp.GetRequiredService<ConnectorStateKeys>();
            return new FormerStateKey(former, suffix => current(keys, suffix));
        });
        return services;
    }
}
