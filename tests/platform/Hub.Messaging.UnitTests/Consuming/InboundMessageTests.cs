using System.Text;
using Confluent.Kafka;
using Hub.Messaging.Processing;
using Hub.Messaging.UnitTests.Support;

namespace Hub.Messaging.UnitTests.Consuming;

public sealed class InboundMessageTests
{
    [Fact]
    public void Ctor_KeyAndHeaders_ReadAsUtf8Text()
    {
        var message = KafkaMessages.Inbound("orders", 2, 17, "kunde-ü", [1, 2], KafkaMessages.Headers((EventHeaders.EventId, "e-ß"), ("x-trace", "abc")));

        message.Key.Should().Be("kunde-ü");
        message.Headers.Should().Equal(new Dictionary<string, string> { [EventHeaders.EventId] = "e-ß", ["x-trace"] = "abc" });
        message.Value.Should().Equal(1, 2);
        message.Offset.Should().Be(17);
        message.Partition.Should().Be(new PartitionRef("orders", 2));
    }

    [Fact]
    public void Ctor_NoKeyNoHeaders_EmptyKeyAndHeaders()
    {
        var message = KafkaMessages.Inbound("orders", 0, 0, null, null);

        message.Key.Should().BeEmpty();
        message.Headers.Should().BeEmpty();
        message.Value.Should().BeNull();
    }

    [Fact]
    public void Ctor_RepeatedHeader_LastValueWins()
    {
        var message = KafkaMessages.Inbound("orders", 0, 0, "k", [1], KafkaMessages.Headers((EventHeaders.AttemptCount, "1"), (EventHeaders.AttemptCount, "4")));

        message.Headers[EventHeaders.AttemptCount].Should().Be("4");
        message.PreviousAttempts.Should().Be(4);
    }

    [Fact]
    public void Ctor_HeaderWithoutValue_EmptyText()
    {
        var message = KafkaMessages.Inbound("orders", 0, 0, "k", [1], new Headers { { "flag", null } });

        message.Headers["flag"].Should().BeEmpty();
    }

    [Fact]
    public void Timestamp_MessageTimestamp_AsDateTimeOffset()
    {
        var at = new DateTimeOffset(2025, 5, 6, 7, 8, 9, 123, TimeSpan.Zero);

        KafkaMessages.Inbound("orders", 0, 0, "k", [1], timestamp: at).Timestamp.Should().Be(at);
    }

    [Fact]
    public void OriginPartition_NoOriginHeaders_OwnPartition()
    {
        KafkaMessages.Inbound("orders", 5, 1, "k", [1]).OriginPartition.Should().Be(new PartitionRef("orders", 5));
    }

    [Fact]
    public void OriginPartition_RetryTopicCopy_OriginalPartition()
    {
        var headers = KafkaMessages.Headers((EventHeaders.OriginalTopic, "orders"), (EventHeaders.OriginalPartition, "7"));

        KafkaMessages.Inbound("g.retry", 0, 1, "k", [1], headers).OriginPartition.Should().Be(new PartitionRef("orders", 7));
    }

    [Fact]
    public void OriginPartition_OnlyTopicHeader_OwnPartition()
    {
        var headers = KafkaMessages.Headers((EventHeaders.OriginalTopic, "orders"));

        KafkaMessages.Inbound("g.retry", 0, 1, "k", [1], headers).OriginPartition.Should().Be(new PartitionRef("g.retry", 0));
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("0", 0)]
    [InlineData("3", 3)]
    [InlineData("three", 0)]
    [InlineData("", 0)]
    public void PreviousAttempts_AttemptCountHeader_ParsedOrZero(string? header, int expected)
    {
        var headers = header is null ? null : KafkaMessages.Headers((EventHeaders.AttemptCount, header));

        KafkaMessages.Inbound("g.retry", 0, 1, "k", [1], headers).PreviousAttempts.Should().Be(expected);
    }

    [Fact]
    public void HeaderTime_UnixMillisecondsHeader_Parsed()
    {
        var message = KafkaMessages.Inbound("g.retry", 0, 1, "k", [1], KafkaMessages.Headers((EventHeaders.NotBefore, "1700000000123"), ("bad", "soon")));

        message.HeaderTime(EventHeaders.NotBefore).Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123));
        message.HeaderTime("bad").Should().BeNull();
        message.HeaderTime("missing").Should().BeNull();
    }

    [Fact]
    public void FallbackEventId_EventIdHeader_HeaderValue()
    {
        KafkaMessages.Inbound("orders", 1, 2, "k", [1], KafkaMessages.Headers((EventHeaders.EventId, "evt-9"))).FallbackEventId.Should().Be("evt-9");
    }

    [Fact]
    public void FallbackEventId_NoEventIdHeader_MessagePosition()
    {
        KafkaMessages.Inbound("orders", 1, 2, "k", [1]).FallbackEventId.Should().Be("orders:1:2");
    }

    [Fact]
    public void Headers_BinaryValue_RawBytesStillInResult()
    {
        byte[] raw = [0xff, 0xfe];
        var message = KafkaMessages.Inbound("orders", 0, 0, "k", [1], new Headers { { "bin", raw } });

        message.Result.Message.Headers.GetLastBytes("bin").Should().Equal(raw);
        message.Headers["bin"].Should().Be(Encoding.UTF8.GetString(raw));
    }
}
