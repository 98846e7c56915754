using System.Text;
using Hub.Cli.Conflicts;
using Hub.Identity;
using Hub.Messaging;
using SerializationContext = Hub.Messaging.Serialization.SerializationContext;

namespace Hub.Cli.UnitTests;

public sealed class ConflictMessageTests
{
    [Fact]
    public async Task Create_DecidedConflict_KeyedByCanonicalIdWithTheRecordAsJson()
    {
        var decided = ConflictSamples.Accepted();

        var message = await ConflictMessage.CreateAsync(decided, TestContext.Current.CancellationToken);

        Encoding.UTF8.GetString(message.Key!).Should().Be("c-42", "the pending record's key, so both land on one partition in order");
        var back = await new ConflictJsonSerializer().DeserializeAsync(message.Value, new SerializationContext(TopicConflictPublisher.Topic), TestContext.Current.CancellationToken);
        back.Should().Be(decided);
        Header(message, EventHeaders.EventType).Should().Be(nameof(ConflictRecord));
        Header(message, EventHeaders.OccurredAt).Should().Be(decided.DecidedAt!.Value.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void EventId_Decided_DiffersFromThePendingRecords()
    {
        ConflictMessage.EventId(ConflictSamples.Pending()).Should().Be(ConflictSamples.Pending().ConflictId);
        ConflictMessage.EventId(ConflictSamples.Accepted()).Should().Be($"{ConflictSamples.Pending().ConflictId}:accepted");
    }

    private static string Header(Confluent.Kafka.Message<byte[]?, byte[]?> message, string name) =>
        Encoding.UTF8.GetString(message.Headers.GetLastBytes(name));
}
