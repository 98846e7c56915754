using Hub.Messaging.Processing;
using Hub.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Registry;

namespace Hub.Connectors.Polling;

public static class PollingServiceCollectionExtensions
{
    /// <summary>
    /// A background poller of <typeparamref name="TFeed"/> named <paramref name="name"/> (also the watermark's name), with
    /// options from "Polling:{name}" then <paramref name="configure"/>; failed polls are retried in the "polling"
    /// resilience pipeline ("Resilience:polling", shared by every poller). Watermarks go to Redis ("Redis" section, as
    /// for the processing store) unless another <see cref="IWatermarkStore"/> is registered first.
    /// </summary>
    public static IServiceCollection AddDeltaPolling<TRecord, TFeed>(this IServiceCollection services, string name, Action<DeltaPollingOptions>? configure = null)
        where TRecord : class
        where TFeed : class, IDeltaFeed<TRecord>
    {
        services.AddOptions<DeltaPollingOptions>(name)
            .BindConfiguration($"{DeltaPollingOptions.SectionPrefix}:{name}")
            .Configure(o => configure?.Invoke(o))
            .RefuseMovedKeys($"{DeltaPollingOptions.SectionPrefix}:{name}", DeltaPollingOptions.MovedKeys)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRetryPipeline(ResiliencePipelineNames.Polling, RetryPipelineDefaults.Polling, _ => true);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IWatermarkStore, RedisWatermarkStore>();
        if (!services.Any(d => d.ServiceType == typeof(PollingHealth)))
        {
            // One check for all pollers: health check names must be unique.
            services.AddSingleton<PollingHealth>();
            services.AddHealthChecks().AddCheck<PollingHealthCheck>("polling", tags: ["ready"]);
        }

        services.TryAddSingleton<TFeed>();
        services.AddSingleton<IHostedService>(sp =>
        {
            var options = sp.GetRequiredService<IOptionsMonitor<DeltaPollingOptions>>().Get(name);
            var poller = new DeltaPoller<TRecord>(name, sp.GetRequiredService<TFeed>(), sp.GetRequiredService<IWatermarkStore>(), options);
            return new DeltaPollingService<TRecord>(
                poller,
                options,
                sp.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(ResiliencePipelineNames.Polling),
                sp.GetRequiredService<PollingHealth>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<DeltaPollingService<TRecord>>>(),
                sp.GetService<ConnectorPauseWatch>());
        });
        return services;
    }
}
