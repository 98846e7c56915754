using Hub.Messaging.Processing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Hosting.Pause;

public static class ConnectorPauseServiceCollectionExtensions
{
    /// <summary>
    /// The connector's kill switch as one cached <see cref="ConnectorPauseWatch"/> (pollers and webhook intake ask it
    /// whether inbound is paused) and a readiness check that names every pause in its details.
    /// </summary>
    public static IServiceCollection AddConnectorPause(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => new ConnectorPauseWatch(
            sp.GetRequiredService<IConnectorPauseStore>(),
            sp.GetRequiredService<IOptions<ConnectorOptions>>().Value.Name,
            sp.GetRequiredService<TimeProvider>()));
        services.AddHealthChecks().AddCheck<ConnectorPauseHealthCheck>("pause", tags: ["ready"]);
        return services;
    }
}
