using System.Globalization;
using Confluent.Kafka;
using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.GroupProtocols;

namespace Hub.Benchmarks;

/// <summary>
/// Throughput and latency in one run on the embedded stack: raw produce and consume rates (the ceiling), the full
/// pipeline rate (decode + dedup + no-op handler + checkpoint + commit) on the same backlog, their ratio, and
/// produce-to-handled latency at paced rates (by default 1,000/s, 5,000/s and the measured pipeline maximum).
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
        var protocol = await GroupProtocolResolver.ResolveAsync(new KafkaOptions { BootstrapServers = bootstrap });
        output.WriteLine($"Consumer group protocol: {protocol}");
        // Rates on a shared 2-core machine wander from run to run; alternate the two and report medians.
        var rawRates = new List<double>();
        var pipelineRates = new List<double>();
        for (var round = 1; round <= settings.Rounds; round++)
        {
            rawRates.Add(RawKafkaRates.Consume(bootstrap, backlog, settings.Events, protocol));
            pipelineRates.Add(await PipelineRateAsync(stack, backlog));
            output.WriteLine($"  round {round}: raw consume {rawRates[^1]:N0}/s, pipeline {pipelineRates[^1]:N0}/s");
        }

        var rawRate = BenchWait.Median(rawRates);
        var pipelineRate = BenchWait.Median(pipelineRates);
        var latencies = new List<(string Label, LatencyRecorder Recorder)>();
        foreach (var rate in settings.Rates)
        {
            var paced = rate == "max" ? (int)pipelineRate : int.Parse(rate, CultureInfo.InvariantCulture);
            var label = rate == "max" ? $"max ({paced:N0}/s = median pipeline rate)" : $"{paced:N0}/s";
            latencies.Add((label, await LatencyAsync(stack, paced)));
            output.WriteLine($"  latency at {label}: p99 {latencies[^1].Recorder.Percentile(99):F1} ms");
        }

        output.WriteLine();
        output.WriteLine("| measure | value |");
        output.WriteLine("|---|---|");
        output.WriteLine($"| raw produce (idempotent, acks=all, zstd) | {produceRate:N0} events/s |");
        output.WriteLine($"| raw consume (Confluent.Kafka, no processing), median of {settings.Rounds} | {rawRate:N0} events/s |");
        output.WriteLine($"| pipeline (decode + dedup + no-op handler + checkpoint + commit), median of {settings.Rounds} | {pipelineRate:N0} events/s |");
        output.WriteLine($"| pipeline / raw consume | {pipelineRate / rawRate:P0} (target >= 50%) |");
        foreach (var (label, latency) in latencies)
        {
            output.WriteLine($"| produce-to-handled latency at {label}, {latency.Samples:N0} samples | p50 {latency.Percentile(50):F1} ms, p99 {latency.Percentile(99):F1} ms, p99.9 {latency.Percentile(99.9):F1} ms |");
        }

        var at5k = latencies.FirstOrDefault(l => l.Label == "5,000/s").Recorder;
        var passed = pipelineRate / rawRate >= 0.5 && (at5k is null || at5k.Percentile(99) < 50);
        output.WriteLine(passed ? "Targets met (pipeline >= 50% of raw consume; p99 < 50 ms at 5,000/s)." : "TARGETS MISSED.");
        return 0;
    }

    private async Task<double> PipelineRateAsync(BenchStack stack, string topic)
    {
        var recorder = new LatencyRecorder();
        using var host = await PipelineHost.StartAsync(stack, topic, $"bench-pipeline-{Guid.NewGuid():N}", settings.BatchSize, recorder);
        await BenchWait.ForAsync(() => recorder.Handled >= settings.Events, TimeSpan.FromMinutes(5), "the pipeline to drain the backlog");
        await host.StopAsync();
        return recorder.Handled / recorder.Span.TotalSeconds;
    }

    private async Task<LatencyRecorder> LatencyAsync(BenchStack stack, int rate)
    {
        var paced = $"bench.paced.{rate}";
        stack.Cluster.CreateTopic(paced, settings.Partitions);
        var recorder = new LatencyRecorder();
        using var host = await PipelineHost.StartAsync(stack, paced, $"bench-latency-{Guid.NewGuid():N}", settings.BatchSize, recorder);
        using var producer = new ProducerBuilder<byte[]?, byte[]?>(EventFactory.ProducerConfig(stack.Cluster.BootstrapServers)).Build();

        // Warm-up: the group joins and connections open before the measured window starts.
        var warmUp = await PacedProducer.ProduceAsync(producer, paced, rate, TimeSpan.FromSeconds(2));
        await BenchWait.ForAsync(() => recorder.Handled >= warmUp, TimeSpan.FromMinutes(1), "warm-up events");
        recorder.RecordLatency = true;
        var measured = await PacedProducer.ProduceAsync(producer, paced, rate, TimeSpan.FromSeconds(settings.Seconds));
        await BenchWait.ForAsync(() => recorder.Handled >= warmUp + measured, TimeSpan.FromMinutes(2), "the paced events");
        await host.StopAsync();
        return recorder;
    }
}
