using Avro.Generic;
using Confluent.SchemaRegistry;
using Hub.Messaging.Serialization;
using Hub.Resilience;
using Hub.Serialization.Avro.Registry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Serialization.Avro;

public static class AvroSerializationExtensions
{
    /// <summary>
    /// Registers Confluent's schema registry client (section "SchemaRegistry"; its retries are the "schema-registry"
    /// resilience pipeline's, section "Resilience:schema-registry"), the serde options (section
    /// "AvroSerde") and the adapters over Confluent's Avro serde as open generics: <c>IEventSerializer&lt;TEvent&gt;</c> and
    /// <c>IEventDeserializer&lt;TEvent&gt;</c> for generated events, plus the <see cref="GenericRecord"/> variants.
    /// </summary>
    public static IHostApplicationBuilder AddAvroSerialization(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAvroSerialization(builder.Configuration);
        return builder;
    }

    public static IServiceCollection AddAvroSerialization(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SchemaRegistryOptions>()
            .Bind(configuration.GetSection(SchemaRegistryOptions.SectionName))
            .RefuseMovedKeys(SchemaRegistryOptions.SectionName, SchemaRegistryOptions.MovedKeys, configuration)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRetryPipeline(ResiliencePipelineNames.SchemaRegistry, RetryPipelineDefaults.SchemaRegistry, RegistryFailures.IsRetriable, configuration);
        services.AddOptions<AvroSerdeOptions>()
            .Bind(configuration.GetSection(AvroSerdeOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton<ISchemaRegistryClient>(sp => SchemaRegistryClients.Create(
            sp.GetRequiredService<IOptions<SchemaRegistryOptions>>().Value,
            sp.GetRequiredService<IOptions<AvroSerdeOptions>>().Value,
            sp.GetRequiredService<IOptionsMonitor<RetryPipelineOptions>>().Get(ResiliencePipelineNames.SchemaRegistry)));
        services.TryAddSingleton(typeof(IEventSerializer<>), typeof(ConfluentAvroSerializer<>));
        services.TryAddSingleton(typeof(IEventDeserializer<>), typeof(ConfluentAvroDeserializer<>));
        services.TryAddSingleton<IEventSerializer<GenericRecord>, GenericAvroSerializer>();
        services.TryAddSingleton<IEventDeserializer<GenericRecord>, GenericAvroDeserializer>();
        return services;
    }
}
