using Avro.Generic;
using Hub.Messaging.Serialization;
using Hub.Serialization.Avro.Registry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hub.Serialization.Avro;

public static class AvroSerializationExtensions
{
    /// <summary>
    /// Registers the schema registry client (section "SchemaRegistry"), the serde options (section "AvroSerde")
    /// and the Confluent Avro serde as open generics: <c>IEventSerializer&lt;TEvent&gt;</c> and
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
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<AvroSerdeOptions>()
            .Bind(configuration.GetSection(AvroSerdeOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISchemaRegistryClient, SchemaRegistryClient>();
        services.TryAddSingleton(typeof(IEventSerializer<>), typeof(ConfluentAvroSerializer<>));
        services.TryAddSingleton(typeof(IEventDeserializer<>), typeof(ConfluentAvroDeserializer<>));
        services.TryAddSingleton<IEventSerializer<GenericRecord>, GenericAvroSerializer>();
        services.TryAddSingleton<IEventDeserializer<GenericRecord>, GenericAvroDeserializer>();
        return services;
    }
}
