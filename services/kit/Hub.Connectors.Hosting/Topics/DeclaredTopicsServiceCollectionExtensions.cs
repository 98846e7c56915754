using Hub.Messaging.Kafka.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Hosting;

internal static class DeclaredTopicsServiceCollectionExtensions
{
    /// <summary>
    /// The topic declaration (Topics:File) and what the kit takes from it: canonical topics by event type, and each
    /// subscription's group and topics. Call before any other hosted service is added, so the check runs first.
    /// </summary>
    public static IServiceCollection AddDeclaredTopics(this IServiceCollection services)
    {
        services.AddOptions<TopicOptions>()
            .BindConfiguration(TopicOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(sp => DeclaredTopicsFile.Load(sp.GetRequiredService<IOptions<TopicOptions>>(), sp.GetRequiredService<IHostEnvironment>()));
        services.TryAddSingleton<CanonicalTopics>();
        services.TryAddSingleton<CanonicalEventPublisher>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<SubscriptionOptions>, DeclaredSubscriptionDefaults>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SubscriptionOptions>, DeclaredSubscriptionValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DeclaredTopicsCheck>());
        return services;
    }
}
