using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;
using Confluent.Kafka;
using Hub.Messaging.Errors;
using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.Consuming;
using Hub.Messaging.Kafka.Pipeline;
using Hub.Messaging.Serialization;
using Hub.Messaging.UnitTests.Support;

namespace Hub.Messaging.UnitTests.Pipeline;

public sealed class FailureRouterTests : IDisposable
{
    private static readonly DefaultErrorClassifier Classifier = new();

    private static readonly byte[] NonUtf8Value = [0x00, 0xff, 0xfe, 0x80, 0x13];
    private static readonly byte[] NonUtf8HeaderValue = [0xc3, 0x28, 0x00, 0xff];
    private readonly PipelineHarness _harness = new();

    private SubscriptionOptions Options => _harness.Options;

    private CapturingProducer Producer => _harness.Producer;

    private long NowMs => _harness.Time.GetUtcNow().ToUnixTimeMilliseconds();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task DeadLetterAsync_Always_KeepsKeyValueAndOriginalHeadersByteForByte()
    {
        var headers = new Headers
        {
            { EventHeaders.EventId, Encoding.UTF8.GetBytes("e1") },
            { "binary", NonUtf8HeaderValue },
            { "repeated", Encoding.UTF8.GetBytes("first") },
            { "repeated", Encoding.UTF8.GetBytes("second") },
            { "empty", null },
        };
        var original = KafkaMessages.Inbound("orders", 3, 42, "customer-1", NonUtf8Value, headers);

        await _harness.Router.DeadLetterAsync(Options, original, new PermanentEventException("poison", "bad"), Classifier.Classify(new PermanentEventException("poison", "bad")), 1, CancellationToken.None);

        var copy = Producer.To(Options.DeadLetterTopicName).Should().ContainSingle().Subject;
        copy.Key.Should().Equal(Encoding.UTF8.GetBytes("customer-1"));
        copy.Value.Should().Equal(NonUtf8Value);
        copy.Headers.Take(headers.Count).Select(h => (h.Key, h.GetValueBytes()))
            .Should().BeEquivalentTo(headers.Select(h => (h.Key, h.GetValueBytes())), o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task DeadLetterAsync_Always_AddsEveryFailureHeader()
    {
        var original = KafkaMessages.Inbound("orders", 3, 42, "customer-1", [1, 2, 3], KafkaMessages.Headers((EventHeaders.EventId, "e1")));
        var error = Throw(() => new PermanentEventException("poison", "poison by design"));

        await _harness.Router.DeadLetterAsync(Options, original, error, Classifier.Classify(error), 4, CancellationToken.None);

        var copy = Producer.To("orders-group.dlq").Should().ContainSingle().Subject;
        copy.Header(EventHeaders.OriginalTopic).Should().Be("orders");
        copy.Header(EventHeaders.OriginalPartition).Should().Be("3");
        copy.Header(EventHeaders.OriginalOffset).Should().Be("42");
        copy.Header(EventHeaders.ConsumerGroup).Should().Be("orders-group");
        copy.Header(EventHeaders.AttemptCount).Should().Be("4");
        copy.Header(EventHeaders.ErrorClass).Should().Be("Hub.Messaging.Errors.PermanentEventException");
        copy.Header(EventHeaders.ErrorMessage).Should().Be("poison by design");
        copy.Header(EventHeaders.ErrorStackHash).Should().Be(StackHash.Of(error));
        copy.Header(EventHeaders.ErrorKind).Should().Be("permanent:poison");
        copy.Header(EventHeaders.FirstFailureAt).Should().Be(NowMs.ToString(CultureInfo.InvariantCulture));
        copy.Header(EventHeaders.LastFailureAt).Should().Be(NowMs.ToString(CultureInfo.InvariantCulture));
        copy.Header(EventHeaders.ParkedReason).Should().BeNull("only retry-topic copies are parked");
        copy.Header(EventHeaders.NotBefore).Should().BeNull();
    }

    [Fact]
    public async Task ParkAsync_Always_WritesReasonAndNotBeforeToRetryTopic()
    {
        var original = KafkaMessages.Inbound("orders", 1, 7, "customer-1", [1], KafkaMessages.Headers((EventHeaders.EventId, "e1")));
        var notBefore = _harness.Time.GetUtcNow().AddSeconds(5);

        await _harness.Router.ParkAsync(Options, original, "failed", new TimeoutException("slow"), 3, notBefore, CancellationToken.None);

        var copy = Producer.To("orders-group.retry").Should().ContainSingle().Subject;
        Producer.Produced.Should().ContainSingle("nothing goes to the dead-letter topic");
        copy.Header(EventHeaders.ParkedReason).Should().Be("failed");
        copy.Header(EventHeaders.NotBefore).Should().Be(notBefore.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        copy.Header(EventHeaders.AttemptCount).Should().Be("3");
        copy.Header(EventHeaders.ErrorClass).Should().Be("System.TimeoutException");
        copy.Header(EventHeaders.ErrorKind).Should().BeNull("the kind is decided when the event finally ends in the DLQ");
        copy.Header(EventHeaders.OriginalOffset).Should().Be("7");
    }

    [Fact]
    public async Task ParkAsync_WithoutError_OmitsErrorHeaders()
    {
        var original = KafkaMessages.Inbound("orders", 1, 8, "customer-1", [1]);

        await _harness.Router.ParkAsync(Options, original, "key-parked", null, 0, _harness.Time.GetUtcNow(), CancellationToken.None);

        var copy = Producer.To("orders-group.retry").Should().ContainSingle().Subject;
        copy.Header(EventHeaders.ParkedReason).Should().Be("key-parked");
        copy.Header(EventHeaders.ErrorClass).Should().BeNull();
        copy.Header(EventHeaders.ErrorMessage).Should().BeNull();
        copy.Header(EventHeaders.ErrorStackHash).Should().BeNull();
    }

    [Fact]
    public async Task DeadLetterAsync_CopyOfRetryTopicMessage_KeepsOriginalPositionAndFirstFailure()
    {
        var retryCopy = RetryTopicCopy(firstFailureMs: 1_000, attemptCount: "2");

        await _harness.Router.DeadLetterAsync(Options, retryCopy, new TransientEventException("still down"), Classifier.Classify(new TransientEventException("still down")), 5, CancellationToken.None);

        var copy = Producer.To("orders-group.dlq").Should().ContainSingle().Subject;
        copy.Header(EventHeaders.OriginalTopic).Should().Be("orders");
        copy.Header(EventHeaders.OriginalPartition).Should().Be("3");
        copy.Header(EventHeaders.OriginalOffset).Should().Be("42", "not the retry topic's own offset 99");
        copy.Header(EventHeaders.FirstFailureAt).Should().Be("1000");
        copy.Header(EventHeaders.LastFailureAt).Should().Be(NowMs.ToString(CultureInfo.InvariantCulture));
        copy.Header(EventHeaders.AttemptCount).Should().Be("5");
        foreach (var name in new[] { EventHeaders.OriginalTopic, EventHeaders.OriginalPartition, EventHeaders.OriginalOffset, EventHeaders.FirstFailureAt, EventHeaders.AttemptCount, EventHeaders.LastFailureAt, EventHeaders.ErrorClass, EventHeaders.ErrorMessage, EventHeaders.ConsumerGroup })
        {
            copy.HeaderCount(name).Should().Be(1, $"{name} is replaced, not repeated");
        }

        copy.Header(EventHeaders.ErrorMessage).Should().Be("still down");
    }

    [Fact]
    public async Task ParkAsync_CopyOfRetryTopicMessage_ReplacesReasonAndNotBefore()
    {
        var retryCopy = RetryTopicCopy(firstFailureMs: 1_000, attemptCount: "1");
        var notBefore = _harness.Time.GetUtcNow().AddMinutes(1);

        await _harness.Router.ParkAsync(Options, retryCopy, "failed", null, 2, notBefore, CancellationToken.None);

        var copy = Producer.To("orders-group.retry").Should().ContainSingle().Subject;
        copy.HeaderCount(EventHeaders.ParkedReason).Should().Be(1);
        copy.Header(EventHeaders.ParkedReason).Should().Be("failed");
        copy.HeaderCount(EventHeaders.NotBefore).Should().Be(1);
        copy.Header(EventHeaders.NotBefore).Should().Be(notBefore.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        copy.Header(EventHeaders.OriginalOffset).Should().Be("42");
        copy.Header(EventHeaders.FirstFailureAt).Should().Be("1000");
    }

    [Fact]
    public async Task DeadLetterAsync_LongErrorMessage_TruncatedTo2000Characters()
    {
        var message = new string('x', 1990) + new string('y', 100);
        var original = KafkaMessages.Inbound("orders", 0, 1, "k", [1]);

        await _harness.Router.DeadLetterAsync(Options, original, new InvalidOperationException(message), Classifier.Classify(new InvalidOperationException(message)), 1, CancellationToken.None);

        var text = Producer.Produced.Single().Message.Header(EventHeaders.ErrorMessage);
        text.Should().HaveLength(2000).And.Be(message[..2000]);
    }

    [Fact]
    public async Task DeadLetterAsync_ShortErrorMessage_KeptWhole()
    {
        var original = KafkaMessages.Inbound("orders", 0, 1, "k", [1]);

        await _harness.Router.DeadLetterAsync(Options, original, new InvalidOperationException(new string('z', 2000)), Classifier.Classify(new InvalidOperationException(new string('z', 2000))), 1, CancellationToken.None);

        Producer.Produced.Single().Message.Header(EventHeaders.ErrorMessage).Should().HaveLength(2000);
    }

    public static TheoryData<Exception, string> ErrorKinds => new()
    {
        { new PermanentEventException("poison", "p"), "permanent:poison" },
        { new EventDecodeException("bad-magic-byte", "d"), "permanent:bad-magic-byte" },
        { new TransientEventException("t"), "transient-exhausted" },
        { new TimeoutException("t"), "transient-exhausted" },
        { new FormatException("bad date"), "permanent:FormatException" },
        { new ArgumentException("bad argument"), "permanent:ArgumentException" },
    };

    [Theory]
    [MemberData(nameof(ErrorKinds))]
    public async Task DeadLetterAsync_ErrorType_DescribedAsErrorKind(Exception error, string expected)
    {
        var original = KafkaMessages.Inbound("orders", 0, 1, "k", [1]);

        await _harness.Router.DeadLetterAsync(Options, original, error, Classifier.Classify(error), 1, CancellationToken.None);

        Producer.Produced.Single().Message.Header(EventHeaders.ErrorKind).Should().Be(expected);
    }

    [Fact]
    public async Task DeadLetterAsync_ExplicitTopics_UsesConfiguredNames()
    {
        Options.DeadLetterTopic = "custom.dlq";
        Options.RetryTopic = "custom.retry";
        var original = KafkaMessages.Inbound("orders", 0, 1, "k", [1]);

        await _harness.Router.DeadLetterAsync(Options, original, new PermanentEventException("x", "x"), Classifier.Classify(new PermanentEventException("x", "x")), 1, CancellationToken.None);
        await _harness.Router.ParkAsync(Options, original, "failed", null, 1, _harness.Time.GetUtcNow(), CancellationToken.None);

        Producer.Produced.Select(p => p.Topic).Should().Equal("custom.dlq", "custom.retry");
    }

    [Fact]
    public async Task DeadLetterAsync_NoKeyNoValueNoHeaders_CopyKeepsNulls()
    {
        var original = KafkaMessages.Inbound("orders", 0, 1, null, null);

        await _harness.Router.DeadLetterAsync(Options, original, new EventDecodeException("null-value", "tombstone"), Classifier.Classify(new EventDecodeException("null-value", "tombstone")), 1, CancellationToken.None);

        var copy = Producer.Produced.Single().Message;
        copy.Key.Should().BeNull();
        copy.Value.Should().BeNull();
        copy.Header(EventHeaders.OriginalOffset).Should().Be("1");
    }

    [Fact]
    public async Task DeadLetterAsync_RetryTopicCopy_CountedUnderOriginalTopicAndPartition()
    {
        var counted = new List<(string Instrument, long Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, _harness.Telemetry.Meter))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            lock (counted)
            {
                counted.Add((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
            }
        });
        listener.Start();

        await _harness.Router.DeadLetterAsync(Options, RetryTopicCopy(1_000, "1"), new TransientEventException("down"), ErrorKind.Transient, 3, CancellationToken.None);
        await _harness.Router.ParkAsync(Options, RetryTopicCopy(1_000, "1"), "failed", null, 3, _harness.Time.GetUtcNow(), CancellationToken.None);

        counted.Select(c => c.Instrument).Should().Equal("hub.messaging.dead_lettered", "hub.messaging.parked");
        counted.Should().OnlyContain(c => c.Value == 1
            && Equals(c.Tags["messaging.destination.name"], "orders")
            && Equals(c.Tags["messaging.destination.partition.id"], "3")
            && Equals(c.Tags["messaging.consumer.group.name"], "orders-group"));
    }

    private static InboundMessage RetryTopicCopy(long firstFailureMs, string attemptCount)
    {
        var headers = KafkaMessages.Headers(
            (EventHeaders.EventId, "e1"),
            (EventHeaders.OriginalTopic, "orders"),
            (EventHeaders.OriginalPartition, "3"),
            (EventHeaders.OriginalOffset, "42"),
            (EventHeaders.ConsumerGroup, "orders-group"),
            (EventHeaders.FirstFailureAt, firstFailureMs.ToString(CultureInfo.InvariantCulture)),
            (EventHeaders.LastFailureAt, (firstFailureMs + 10).ToString(CultureInfo.InvariantCulture)),
            (EventHeaders.AttemptCount, attemptCount),
            (EventHeaders.ErrorClass, "System.TimeoutException"),
            (EventHeaders.ErrorMessage, "first failure"),
            (EventHeaders.ParkedReason, "key-parked"),
            (EventHeaders.NotBefore, "5"));
        return KafkaMessages.Inbound("orders-group.retry", 0, 99, "customer-1", [9, 9], headers);
    }

    private static Exception Throw(Func<Exception> create)
    {
        try
        {
            throw create();
        }
        catch (Exception ex)
        {
            return ex;
        }
    }
}
