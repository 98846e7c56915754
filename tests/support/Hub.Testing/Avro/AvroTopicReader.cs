using Avro.Specific;
using Confluent.SchemaRegistry;
using Hub.Messaging.Serialization;
using Hub.Serialization.Avro;
using Hub.Testing.Messaging;

namespace Hub.Testing.Avro;

/// <summary>Everything on a topic right now, decoded from Confluent Avro through the test's registry.</summary>
public static class AvroTopicReader
{
    /// <summary>
    /// Values written through another registry (another test's connector on a shared topic) are not ours and are
    /// passed over; any other undecodable value fails the read.
    /// </summary>
    public static async Task<List<T>> ReadAsync<T>(StackFixture stack, ISchemaRegistryClient registry, string topic, int? partitions = null)
        where T : class, ISpecificRecord, new()
    {
        var deserializer = new ConfluentAvroDeserializer<T>(registry);
        var events = new List<T>();
        foreach (var message in TopicReader.ReadToEnd(stack, topic, partitions))
        {
            try
            {
                events.Add(await deserializer.DeserializeAsync(message.Message.Value, new SerializationContext(topic), CancellationToken.None));
            }
            catch (UnknownSchemaIdException)
            {
                // Not one of ours: see the summary.
            }
        }

        return events;
    }
}
