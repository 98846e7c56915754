using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using Hub.Messaging.TestApp;
using Microsoft.Extensions.Hosting;

namespace Hub.Benchmarks;

/// <summary>
/// Issue 2's figures in one run on the embedded stack: raw consume rate, full pipeline rate (decode + dedup + no-op
/// handler + checkpoint + commit) on the same backlog, their ratio, and produce-to-handled latency at a paced rate.
/// </summary>
public sealed class PipelineBenchmark(BenchSettings settings, TextWriter output)
{
    public async Task<int> RunAsync()
    {
        await using var stack = await BenchStack.StartAsync();
        var bootstrap = stack.Cluster.BootstrapServers;
        const string backlog = "bench.backlog";
        stack.Cluster.CreateTopic(backlog, settings.Partitions);
        output.WriteLine($"Embedded stack up ({bootstrap}); producing {settings.Events:N0} events of ~{settings.PayloadBytes} B over {settings.Partitions} partitions");

        var produceRate = RawKafkaRates.Produce(bootstrap, backlog, settings.Events, settings.PayloadBytes);
        // Rates on a shared 2-core machine wander from run to run; alternate the two and report medians.
        var rawRates = new List<double>();
        var pipelineRates = new List<double>();
        for (var round = 1; round <= settings.Rounds; round++)
        {
            rawRates.Add(RawKafkaRates.Consume(bootstrap, backlog, settings.Events));
            pipelineRates.Add(await PipelineRateAsync(stack, backlog));
            output.WriteLine($"  round {round}: raw consume {rawRates[^1]:N0}/s, pipeline {pipelineRates[^1]:N0}/s");
        }

        var rawRate = Median(rawRates);
        var pipelineRate = Median(pipelineRates);
        var latency = await LatencyAsync(stack);

        output.WriteLine();
        output.WriteLine("| measure | value |");
        output.WriteLine("|---|---|");
        output.WriteLine($"| raw produce (idempotent, acks=all, zstd) | {produceRate:N0} events/s |");
        output.WriteLine($"| raw consume (Confluent.Kafka, no processing), median of {settings.Rounds} | {rawRate:N0} events/s |");
        output.WriteLine($"| pipeline (decode + dedup + no-op handler + checkpoint + commit), median of {settings.Rounds} | {pipelineRate:N0} events/s |");
        output.WriteLine($"| pipeline / raw consume | {pipelineRate / rawRate:P0} (target >= 50%) |");
        output.WriteLine($"| produce-to-handled latency at {settings.Rate:N0} events/s ({latency.Samples:N0} samples) | p50 {latency.Percentile(50):F1} ms, p99 {latency.Percentile(99):F1} ms, p99.9 {latency.Percentile(99.9):F1} ms (target p99 < 50 ms) |");
        var passed = pipelineRate / rawRate >= 0.5 && latency.Percentile(99) < 50;
        output.WriteLine(passed ? "Targets met." : "TARGETS MISSED.");
        return 0;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private async Task<double> PipelineRateAsync(BenchStack stack, string topic)
    {
        var recorder = new LatencyRecorder();
        using var host = await PipelineHost.StartAsync(stack, topic, $"bench-pipeline-{Guid.NewGuid():N}", settings.BatchSize, recorder);
        await WaitForAsync(() => recorder.Handled >= settings.Events, TimeSpan.FromMinutes(5), "the pipeline to drain the backlog");
        await host.StopAsync();
        return recorder.Handled / recorder.Span.TotalSeconds;
    }

    private async Task<LatencyRecorder> LatencyAsync(BenchStack stack)
    {
        const string paced = "bench.paced";
        stack.Cluster.CreateTopic(paced, settings.Partitions);
        var recorder = new LatencyRecorder();
        using var host = await PipelineHost.StartAsync(stack, paced, $"bench-latency-{Guid.NewGuid():N}", settings.BatchSize, recorder);
        using var producer = new ProducerBuilder<byte[]?, byte[]?>(EventFactory.ProducerConfig(stack.Cluster.BootstrapServers)).Build();

        // Warm-up: the group joins and connections open before the measured window starts.
        var warmUp = await ProducePacedAsync(producer, paced, settings.Rate, TimeSpan.FromSeconds(2));
        await WaitForAsync(() => recorder.Handled >= warmUp, TimeSpan.FromMinutes(1), "warm-up events");
        recorder.RecordLatency = true;
        var measured = await ProducePacedAsync(producer, paced, settings.Rate, TimeSpan.FromSeconds(settings.Seconds));
        await WaitForAsync(() => recorder.Handled >= warmUp + measured, TimeSpan.FromMinutes(2), "the paced events");
        await host.StopAsync();
        return recorder;
    }

    /// <summary>Produces at a steady rate in 10 ms steps; each event's OccurredAt is its produce time.</summary>
    private static async Task<int> ProducePacedAsync(IProducer<byte[]?, byte[]?> producer, string topic, int rate, TimeSpan duration)
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
                producer.Produce(topic, new Message<byte[]?, byte[]?> { Key = Encoding.UTF8.GetBytes(@event.EntityId), Value = JsonSerializer.SerializeToUtf8Bytes(@event) });
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10));
        }

        producer.Flush(TimeSpan.FromSeconds(30));
        return target;
    }

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > timeout)
            {
                throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"Timed out after {timeout.TotalSeconds:F0} s waiting for {what}."));
            }

            await Task.Delay(50);
        }
    }
}
