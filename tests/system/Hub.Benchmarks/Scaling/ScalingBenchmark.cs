using Hub.Testing;
using Hub.Testing.Messaging;

namespace Hub.Benchmarks.Scaling;

/// <summary>
/// How throughput grows with partitions (one in-process pipeline, no-op handler) and with 1..N consumer processes of
/// one group (tests/support/Hub.Messaging.TestApp, whose handler writes each effect to Redis), plus each process's peak RSS.
/// </summary>
public sealed class ScalingBenchmark(BenchSettings settings, TextWriter output)
{
    public async Task<int> RunAsync()
    {
        var byPartitions = await ByPartitionsAsync();
        var byInstances = await ByInstancesAsync();

        output.WriteLine();
        output.WriteLine($"| partitions | pipeline rate, one process, no-op handler ({settings.Events:N0} events) |");
        output.WriteLine("|---|---|");
        foreach (var (partitions, rate) in byPartitions)
        {
            output.WriteLine($"| {partitions} | {rate:N0} events/s |");
        }

        output.WriteLine();
        output.WriteLine($"| consumer processes (same group, {settings.Partitions} partitions) | rate, TestApp recording handler ({settings.Events:N0} events) | vs 1 process | peak RSS per process |");
        output.WriteLine("|---|---|---|---|");
        foreach (var (instances, rate, rss) in byInstances)
        {
            output.WriteLine($"| {instances} | {rate:N0} events/s | {rate / byInstances[0].Rate:F2}x | {string.Join(", ", rss.Select(r => $"{r:F0} MiB"))} |");
        }

        return 0;
    }

    private async Task<List<(int Partitions, double Rate)>> ByPartitionsAsync()
    {
        await using var stack = await BenchStack.StartAsync();
        var results = new List<(int, double)>();
        foreach (var partitions in settings.PartitionCounts)
        {
            var topic = $"bench.scale.p{partitions}";
            stack.Cluster.CreateTopic(topic, partitions);
            RawKafkaRates.Produce(stack.Cluster.BootstrapServers, topic, settings.Events, settings.PayloadBytes);
            var recorder = new LatencyRecorder();
            using var host = await PipelineHost.StartAsync(stack, topic, $"bench-scale-{Guid.NewGuid():N}", settings.BatchSize, recorder);
            await BenchWait.ForAsync(() => recorder.Handled >= settings.Events, TimeSpan.FromMinutes(5), $"{partitions} partitions to drain");
            await host.StopAsync();
            results.Add((partitions, recorder.Handled / recorder.Span.TotalSeconds));
            output.WriteLine($"  {partitions} partitions: {results[^1].Item2:N0}/s");
        }

        return results;
    }

    private async Task<List<(int Instances, double Rate, double[] PeakRss)>> ByInstancesAsync()
    {
        var stack = new StackFixture();
        await stack.InitializeAsync();
        try
        {
            var results = new List<(int, double, double[])>();
            for (var instances = 1; instances <= settings.Instances; instances++)
            {
                await using var scenario = await Scenario.CreateAsync(stack, settings.Partitions);
                RawKafkaRates.Produce(stack.BootstrapServers, scenario.Topic, settings.Events, settings.PayloadBytes);
                var processes = Enumerable.Range(0, instances).Select(_ => TestAppProcess.Start(scenario, maxBatchSize: settings.BatchSize)).ToList();
                try
                {
                    var (rate, rss) = await MeasureDrainAsync(scenario, processes);
                    results.Add((instances, rate, rss));
                    output.WriteLine($"  {instances} process(es): {rate:N0}/s, peak RSS {string.Join(", ", rss.Select(r => $"{r:F0} MiB"))}");
                }
                finally
                {
                    foreach (var process in processes)
                    {
                        await process.DisposeAsync();
                    }
                }
            }

            return results;
        }
        finally
        {
            await stack.DisposeAsync();
        }
    }

    /// <summary>The rate between 10% and 90% of the backlog, so process start-up and the group join do not count.</summary>
    private async Task<(double Rate, double[] PeakRss)> MeasureDrainAsync(Scenario scenario, List<TestAppProcess> processes)
    {
        var peak = new double[processes.Count];
        (long Count, TimeSpan At)? low = null;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var count = await scenario.AppliedCountAsync();
            for (var i = 0; i < processes.Count; i++)
            {
                peak[i] = Math.Max(peak[i], ProcessMemory.RssMiB(processes[i].ProcessId) ?? 0);
            }

            if (low is null && count >= settings.Events / 10)
            {
                low = (count, clock.Elapsed);
            }

            if (count >= settings.Events * 9 / 10 && low is { } start)
            {
                return ((count - start.Count) / (clock.Elapsed - start.At).TotalSeconds, peak);
            }

            if (clock.Elapsed > TimeSpan.FromMinutes(5) || processes.Any(p => p.HasExited))
            {
                throw new TimeoutException($"The consumers stopped at {count} of {settings.Events} events:\n{string.Join("\n", processes.Select(p => p.Output))}");
            }

            await Task.Delay(100);
        }
    }
}
