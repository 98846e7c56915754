using Hub.Identity.Capture;
using Hub.Messaging.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Hosting.Capture;

public static class CaptureServiceCollectionExtensions
{
    /// <summary>
    /// Traffic capture ("Capture" section, off by default) with the sink it names behind a queue and its writer
    /// (<see cref="QueuedCaptureSink"/>); safe to call more than once.
    /// </summary>
    public static IServiceCollection AddTrafficCapture(this IServiceCollection services)
    {
        services.AddOptions<CaptureOptions>().BindConfiguration(CaptureOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CaptureJsonSerializer>();
        services.TryAddSingleton<IEventSerializer<CapturedExchange>>(sp => sp.GetRequiredService<CaptureJsonSerializer>());
        services.TryAddSingleton<IEventDeserializer<CapturedExchange>>(sp => sp.GetRequiredService<CaptureJsonSerializer>());
        services.TryAddSingleton<FileCaptureSink>();
        services.TryAddSingleton<TopicCaptureSink>();
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CaptureOptions>>().Value;
            ICaptureSink target = options.Sink == CaptureSink.File ? sp.GetRequiredService<FileCaptureSink>() : sp.GetRequiredService<TopicCaptureSink>();
            return new QueuedCaptureSink(target, options.QueueCapacity, sp.GetRequiredService<ILogger<QueuedCaptureSink>>());
        });
        services.TryAddSingleton<ICaptureSink>(sp => sp.GetRequiredService<QueuedCaptureSink>());
        services.AddHostedService(sp => sp.GetRequiredService<QueuedCaptureSink>());
        services.TryAddSingleton<TrafficCapture>();
        return services;
    }

    /// <summary>
    /// <see cref="CaptureHandler"/> as the innermost handler of the API client <paramref name="api"/>: add it after the
    /// connector's own handlers, so it records the request as sent.
    /// </summary>
    public static IHttpClientBuilder AddTrafficCapture(this IHttpClientBuilder client, string api)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.Services.AddTrafficCapture();
        return client.AddHttpMessageHandler(sp => new CaptureHandler(sp.GetRequiredService<TrafficCapture>(), api, sp.GetKeyedService<CredentialCache>(api)));
    }
}
