using Avro.Specific;
using Hub.Messaging.Serialization;
using Microsoft.Extensions.Options;

namespace Hub.Serialization.Avro.UnitTests;

public static class SerdeFactory
{
    public static readonly SerializationContext Context = new("canonical.customer.upserted");

    public static ConfluentAvroSerializer<T> Serializer<T>(InMemorySchemaRegistry registry, Action<AvroSerdeOptions>? configure = null)
        where T : ISpecificRecord
    {
        var options = new AvroSerdeOptions();
        configure?.Invoke(options);
        return new ConfluentAvroSerializer<T>(registry, Options.Create(options));
    }
}
