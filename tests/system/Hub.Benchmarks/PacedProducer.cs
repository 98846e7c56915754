using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using Hub.Messaging.TestApp;

namespace Hub.Benchmarks;

/// <summary>Produces test events at a steady rate in 10 ms steps; each event's OccurredAt is its produce time.</summary>
public static class PacedProducer
{
    public static async Task<int> ProduceAsync(IProducer<byte[]?, byte[]?> producer, string topic, int rate, TimeSpan duration)
    {
        var watch = Stopwatch.StartNew();
        var target = (int)(rate * duration.TotalSeconds);
        var sent = 0;
        while (sent < target)
        {
            var due = (int)Math.Min(target, watch.Elapsed.TotalSeconds * rate);
            for (; sent < due; sent++)
            {
                var @event = TestEvent.Create($"customer-{sent % 1000}", sent) with { OccurredAt = DateTimeOffset.UtcNow };
                Produce(producer, topic, new Message<byte[]?, byte[]?> { Key = Encoding.UTF8.GetBytes(@event.EntityId), Value = JsonSerializer.SerializeToUtf8Bytes(@event) });
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10));
        }

        producer.Flush(TimeSpan.FromSeconds(60));
        return target;
    }

    /// <summary>At the highest rates librdkafka's queue can fill up; wait for room rather than fail.</summary>
    private static void Produce(IProducer<byte[]?, byte[]?> producer, string topic, Message<byte[]?, byte[]?> message)
    {
        while (true)
        {
            try
            {
                producer.Produce(topic, message);
                return;
            }
            catch (ProduceException<byte[]?, byte[]?> ex) when (ex.Error.Code == ErrorCode.Local_QueueFull)
            {
                producer.Poll(TimeSpan.FromMilliseconds(5));
            }
        }
    }
}
