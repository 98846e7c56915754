using Avro.Specific;
using Hub.Messaging.Serialization;
using Confluent.SchemaRegistry;
using Microsoft.Extensions.Options;

namespace Hub.Serialization.Avro.IntegrationTests;

/// <summary>Serializers and deserializers on a real registry client, and a topic (so a subject) per test.</summary>
internal static class Serde
{
    /// <summary>Topic subject naming: the subject is "&lt;topic&gt;-value", new for every call.</summary>
    public static SerializationContext NewTopic() => new($"it.customer.upserted.{Guid.NewGuid():N}");

    public static string Subject(SerializationContext context) => $"{context.Topic}-value";

    public static ConfluentAvroSerializer<T> Specific<T>(ISchemaRegistryClient registry)
        where T : ISpecificRecord => new(registry, Options.Create(new AvroSerdeOptions()));

    public static GenericAvroSerializer Generic(ISchemaRegistryClient registry) => new(registry, Options.Create(new AvroSerdeOptions()));

    public static ConfluentAvroSerializer<T> Specific<T>(ISchemaRegistryClient registry, AvroSerdeOptions options)
        where T : ISpecificRecord => new(registry, Options.Create(options));
}
