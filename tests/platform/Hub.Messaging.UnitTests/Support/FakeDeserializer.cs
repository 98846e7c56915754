using Hub.Messaging.Serialization;

namespace Hub.Messaging.UnitTests.Support;

/// <summary>Answers with a fixed event or throws a fixed error, and records what it was asked to read.</summary>
internal sealed class FakeDeserializer(Func<TestEvent> behaviour) : IEventDeserializer<TestEvent>
{
    public List<(byte[] Data, SerializationContext Context)> Calls { get; } = [];

    public ValueTask<TestEvent> DeserializeAsync(ReadOnlyMemory<byte> data, SerializationContext context, CancellationToken cancellationToken)
    {
        Calls.Add((data.ToArray(), context));
        return ValueTask.FromResult(behaviour());
    }
}
