using System.Buffers.Binary;
using System.Text;
using Confluent.Kafka;
using Hub.Contracts;
using Hub.Messaging;
using Hub.Messaging.Serialization;
using Hub.Messaging.TestApp;
using Hub.Reliability.IntegrationTests.Support;
using Hub.Serialization.Avro;
using Hub.Testing;
using Hub.Testing.Avro;
using Hub.Testing.Messaging;
using Hub.Testing.Reliability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Reliability.IntegrationTests;

public sealed class BadInputTests(StackFixture stack, ReliabilityReport report)
{
    [Fact]
    public async Task MalformedValues_AmongValidOnes_OnlyTheMalformedDeadLettered()
    {
        await using var scenario = await Scenario.CreateAsync(stack);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var consumer = await TestHosts.StartConsumerAsync(scenario);
        var events = Events.Spread(100, keys: 10);
        using var raw = new ProducerBuilder<string, byte[]>(stack.ProducerConfig()).Build();
        for (var i = 0; i < events.Count; i++)
        {
            await publisher.PublishAsync(scenario.Topic, [events[i]]);
            if (i % 20 == 0)
            {
                await raw.ProduceAsync(scenario.Topic, new Message<string, byte[]> { Key = events[i].EntityId, Value = [0x00, 0xff, 0x13, (byte)i] }, TestContext.Current.CancellationToken);
            }
        }

        await scenario.WaitForAppliedAsync(events.Count);
        await Eventually.UntilAsync(() => TopicCounter.Count(stack, scenario.DeadLetterTopic) >= 5, "the malformed values on the dead-letter topic");
        var result = report.Add(await ReliabilityTally.CountAsync(scenario, "malformed values (not JSON)", events.Count + 5, events.Ids(), 5, null));

        result.Passed.Should().BeTrue(result.Describe());
        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }

    [Fact]
    public async Task UnknownSchemaIds_AmongValidAvro_OnlyTheUnknownDeadLettered()
    {
        await using var scenario = await Scenario.CreateAsync(stack);
        var registry = new InMemorySchemaRegistry();
        var consumer = await TestHosts.StartSubscriberAsync<CustomerUpserted, CustomerEffectHandler>(scenario, services => services
            .AddEffectLog()
            .AddSingleton<IEventDeserializer<CustomerUpserted>>(new ConfluentAvroDeserializer<CustomerUpserted>(registry)));
        var serializer = new ConfluentAvroSerializer<CustomerUpserted>(registry, Options.Create(new AvroSerdeOptions()));
        var customers = Enumerable.Range(0, 100).Select(CanonicalSamples.Customer).ToList();
        using var producer = new ProducerBuilder<string, byte[]>(stack.ProducerConfig()).Build();
        for (var i = 0; i < customers.Count; i++)
        {
            var bytes = await serializer.SerializeAsync(customers[i], new Hub.Messaging.Serialization.SerializationContext(scenario.Topic), TestContext.Current.CancellationToken);
            await ProduceAsync(producer, scenario.Topic, customers[i], bytes);
            if (i % 20 == 0)
            {
                // The same record claiming a schema id the registry never issued (e.g. written against another registry).
                var foreign = bytes.ToArray();
                BinaryPrimitives.WriteInt32BigEndian(foreign.AsSpan(1), 0x7fff_0000 + i);
                await ProduceAsync(producer, scenario.Topic, CanonicalSamples.Customer(1000 + i), foreign);
            }
        }

        await scenario.WaitForAppliedAsync(customers.Count);
        await Eventually.UntilAsync(() => TopicCounter.Count(stack, scenario.DeadLetterTopic) >= 5, "the unknown-schema values on the dead-letter topic");
        var mustApply = customers.Select(c => c.Envelope.EventId.ToString()).ToList();
        var result = report.Add(await ReliabilityTally.CountAsync(scenario, "unknown schema id (Avro, registry answers 40403)", customers.Count + 5, mustApply, 5, null));

        result.Passed.Should().BeTrue(result.Describe());
        await consumer.StopQuietlyAsync();
    }

    [Fact]
    public async Task OversizedEvents_RefusedAtPublish_LargeButAllowedOnesApplied()
    {
        await using var scenario = await Scenario.CreateAsync(stack);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var consumer = await TestHosts.StartConsumerAsync(scenario);
        var normal = Events.Spread(50, keys: 5);
        var large = Enumerable.Range(0, 3).Select(i => TestEvent.Create("key-large", i, payload: new string('l', 900_000))).ToList();
        var oversized = Enumerable.Range(0, 3).Select(i => TestEvent.Create("key-huge", i, payload: new string('h', 2_000_000))).ToList();
        await publisher.PublishAsync(scenario.Topic, [.. normal, .. large]);
        var refused = 0;
        foreach (var e in oversized)
        {
            try
            {
                await publisher.PublishAsync(scenario.Topic, [e]);
            }
            catch (PublishException)
            {
                refused++;
            }
        }

        await scenario.WaitForAppliedAsync(normal.Count + large.Count);
        var result = report.Add(await ReliabilityTally.CountAsync(scenario, "oversized events (3 x 0.9 MB allowed, 3 x 2 MB over message.max.bytes)", normal.Count + large.Count + oversized.Count, [.. normal.Ids(), .. large.Ids()], 0, null, $"{refused} refused at publish with PublishException, so the caller knows"));

        refused.Should().Be(oversized.Count, "librdkafka refuses messages above message.max.bytes before they leave the process");
        result.Passed.Should().BeTrue(result.Describe());
        await consumer.StopQuietlyAsync();
        await publisher.StopQuietlyAsync();
    }

    private static Task ProduceAsync(IProducer<string, byte[]> producer, string topic, CustomerUpserted customer, byte[] value) =>
        producer.ProduceAsync(topic, new Message<string, byte[]>
        {
            Key = customer.Envelope.EntityId,
            Value = value,
            Headers = new Headers { { EventHeaders.EventId, Encoding.UTF8.GetBytes(customer.Envelope.EventId.ToString()) } },
        }, TestContext.Current.CancellationToken);
}
