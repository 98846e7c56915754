using Hub.Messaging.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Identity;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>
    /// Registers the cross-reference, ownership guard and resolution queue ("Identity" section), and the JSON
    /// serializers of <see cref="ConflictRecord"/>, <see cref="WriteJournalEntry"/> and <see cref="RevertRequest"/> (a closed registration, so it wins over the Avro open generic).
    /// </summary>
    public static IServiceCollection AddCanonicalIdentity(this IServiceCollection services)
    {
        services.AddOptions<IdentityOptions>()
            .BindConfiguration(IdentityOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => File.Exists(Path.GetFullPath(o.OwnershipFile, AppContext.BaseDirectory)), "Identity:OwnershipFile does not exist.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConnectionMultiplexer>(sp =>
        {
            var options = ConfigurationOptions.Parse(sp.GetRequiredService<IOptions<IdentityOptions>>().Value.RedisConfiguration
                ?? throw new InvalidOperationException("Identity:RedisConfiguration is empty and no IConnectionMultiplexer is registered."));
            // Connect once and let the multiplexer reconnect by itself, rather than fail (and be retried) per caller.
            options.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(options);
        });
        services.TryAddSingleton(sp => IdentityConfiguration.Load(
            Path.GetFullPath(sp.GetRequiredService<IOptions<IdentityOptions>>().Value.OwnershipFile, AppContext.BaseDirectory)));
        services.TryAddSingleton<CrossReferenceStore>();
        services.TryAddSingleton<OwnershipGuard>();
        services.TryAddSingleton<ConflictStore>();
        services.TryAddSingleton<IConflictPublisher, TopicConflictPublisher>();
        services.TryAddSingleton<ResolutionQueue>();
        services.TryAddSingleton<ConflictJsonSerializer>();
        services.TryAddSingleton<IEventSerializer<ConflictRecord>>(sp => sp.GetRequiredService<ConflictJsonSerializer>());
        services.TryAddSingleton<IEventDeserializer<ConflictRecord>>(sp => sp.GetRequiredService<ConflictJsonSerializer>());
        services.TryAddSingleton<WriteJournalJsonSerializer>();
        services.TryAddSingleton<IEventSerializer<WriteJournalEntry>>(sp => sp.GetRequiredService<WriteJournalJsonSerializer>());
        services.TryAddSingleton<IEventDeserializer<WriteJournalEntry>>(sp => sp.GetRequiredService<WriteJournalJsonSerializer>());
        services.TryAddSingleton<RevertRequestJsonSerializer>();
        services.TryAddSingleton<IEventSerializer<RevertRequest>>(sp => sp.GetRequiredService<RevertRequestJsonSerializer>());
        services.TryAddSingleton<IEventDeserializer<RevertRequest>>(sp => sp.GetRequiredService<RevertRequestJsonSerializer>());
        return services;
    }
}
