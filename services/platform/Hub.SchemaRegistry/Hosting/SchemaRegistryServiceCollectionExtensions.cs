using Hub.SchemaRegistry.Domain;
using Hub.SchemaRegistry.Kafka;
using Hub.SchemaRegistry.Storage;

namespace Hub.SchemaRegistry.Hosting;

internal static class SchemaRegistryServiceCollectionExtensions
{
    /// <summary>Registry services and the store chosen by SchemaRegistry:Store (Kafka unless told otherwise).</summary>
    public static IHostApplicationBuilder AddSchemaRegistry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RegistryOptions>()
            .Bind(builder.Configuration.GetSection(RegistryOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<WriteSerializer>();
        builder.Services.AddSingleton<RegistrationService>();
        builder.Services.AddSingleton<DeletionService>();
        builder.Services.AddSingleton<SettingsService>();
        builder.Services.AddHealthChecks().AddCheck<StoreReadinessCheck>("schema-store", tags: ["ready"]);

        var store = builder.Configuration[$"{RegistryOptions.SectionName}:{nameof(RegistryOptions.Store)}"];
        if (string.Equals(store, "InMemory", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddSingleton<ISchemaStore, InMemorySchemaStore>();
        }
        else
        {
            builder.AddKafkaSchemaStore();
        }

        return builder;
    }

    private static void AddKafkaSchemaStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<KafkaConnectionOptions>()
            .Bind(builder.Configuration.GetSection(KafkaConnectionOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<KafkaSchemaStore>();
        builder.Services.AddSingleton<ISchemaStore>(sp => sp.GetRequiredService<KafkaSchemaStore>());
        builder.Services.AddHostedService<KafkaLogReader>();
    }

    /// <summary>Binds to loopback port 8081 unless URLs were configured (--urls, ASPNETCORE_URLS or ASPNETCORE_HTTP_PORTS).</summary>
    public static WebApplicationBuilder UseRegistryDefaultUrl(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration[WebHostDefaults.ServerUrlsKey] ?? builder.Configuration[WebHostDefaults.HttpPortsKey]
            ?? builder.Configuration[WebHostDefaults.HttpsPortsKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:8081");
        }

        return builder;
    }
}
