using Hub.Connectors.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class InboundQuarantineServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="InboundQuarantine"/>, keeping rejected records on the topic the connector's own options name, e.g.
    /// <c>AddInboundQuarantine&lt;ShopOptions&gt;(o =&gt; o.InboundDeadLetterTopic)</c>.
    /// </summary>
    public static IServiceCollection AddInboundQuarantine<TOptions>(this IServiceCollection services, Func<TOptions, string> topic)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(topic);
        services.AddOptions<InboundQuarantineOptions>()
            .Configure<IOptions<TOptions>>((quarantine, connector) => quarantine.Topic = topic(connector.Value))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // It counts quarantine reasons under the connector's meter; the host registers the telemetry too (TryAdd).
        services.AddMetrics();
        services.TryAddSingleton<ConnectorTelemetry>();
        services.TryAddSingleton<InboundQuarantine>();
        return services;
    }
}
