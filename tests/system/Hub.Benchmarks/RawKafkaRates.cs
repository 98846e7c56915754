using System.Diagnostics;
using Confluent.Kafka;
using Hub.Messaging.Kafka.GroupProtocols;

namespace Hub.Benchmarks;

/// <summary>The ceiling on this machine: plain Confluent.Kafka produce and consume with no processing at all.</summary>
public static class RawKafkaRates
{
    public static double Produce(string bootstrap, string topic, int events, int payloadBytes)
    {
        var messages = Enumerable.Range(0, events).Select(i => EventFactory.Create(i, payloadBytes)).ToList();
        using var producer = new ProducerBuilder<byte[]?, byte[]?>(EventFactory.ProducerConfig(bootstrap)).Build();
        var failed = 0;
        var watch = Stopwatch.StartNew();
        foreach (var message in messages)
        {
            while (true)
            {
                try
                {
                    producer.Produce(topic, message, report => { if (report.Error.IsError) Interlocked.Increment(ref failed); });
                    break;
                }
                catch (ProduceException<byte[]?, byte[]?> ex) when (ex.Error.Code == ErrorCode.Local_QueueFull)
                {
                    producer.Poll(TimeSpan.FromMilliseconds(10));
                }
            }
        }

        producer.Flush(TimeSpan.FromMinutes(2));
        watch.Stop();
        return failed > 0 ? throw new InvalidOperationException($"{failed} benchmark messages failed to produce") : events / watch.Elapsed.TotalSeconds;
    }

    /// <param name="protocol">The same choice the pipeline's consumers make (GroupProtocolResolver), so the two rates compare.</param>
    public static double Consume(string bootstrap, string topic, int events, GroupProtocolChoice protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var config = new ConsumerConfig
        {
            BootstrapServers = bootstrap,
            GroupId = $"bench-raw-{Guid.NewGuid():N}",
            GroupProtocol = protocol.Protocol,
            PartitionAssignmentStrategy = protocol.Protocol == GroupProtocol.Classic ? PartitionAssignmentStrategy.CooperativeSticky : null,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = true,
            EnableAutoOffsetStore = false,
        };
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(config).Build();
        consumer.Subscribe(topic);
        var seen = 0;
        Stopwatch? watch = null;
        var deadline = Stopwatch.StartNew();
        while (seen < events && deadline.Elapsed < TimeSpan.FromMinutes(5))
        {
            var result = consumer.Consume(TimeSpan.FromMilliseconds(500));
            if (result is null)
            {
                continue;
            }

            watch ??= Stopwatch.StartNew();
            consumer.StoreOffset(result);
            seen++;
        }

        consumer.Close();
        return seen / watch!.Elapsed.TotalSeconds;
    }
}
