using System.Collections.Concurrent;
using System.Diagnostics;
using Hub.Messaging.TestApp;
using Hub.Testing;
using Hub.Testing.Messaging;
using Hub.Testing.Reliability;

namespace Hub.Benchmarks.Soak;

/// <summary>
/// The reliability soak: consumer processes of one group under a steady event stream for minutes while faults are
/// injected in turn (kill -9, brokers down, Redis down, request errors). At the end every event must be applied
/// exactly once; prints the reliability table row and the recovery time of each fault.
/// </summary>
public sealed class SoakRun(SoakSettings settings, TextWriter output)
{
    public async Task<int> RunAsync()
    {
        var stack = new StackFixture();
        await stack.InitializeAsync();
        try
        {
            return await RunAsync(stack);
        }
        finally
        {
            stack.Cluster?.ClearFaults();
            await stack.DisposeAsync();
        }
    }

    private async Task<int> RunAsync(StackFixture stack)
    {
        await using var scenario = await Scenario.CreateAsync(stack, partitions: 6);
        var publisher = await TestHosts.StartPublisherAsync(scenario);
        var instances = Enumerable.Range(0, settings.Instances).Select(_ => TestAppProcess.Start(scenario, maxBatchSize: 100)).ToList();
        var faults = new SoakFaults(stack, scenario, instances);
        var sent = new ConcurrentQueue<string>();
        var publishes = new List<Task>();
        var recoveries = new List<(string Fault, TimeSpan Recovery)>();
        output.WriteLine($"Soak: {settings.Minutes} min at {settings.Rate}/s, {settings.Instances} consumer processes, a fault every {settings.FaultEverySeconds} s");

        var clock = Stopwatch.StartNew();
        var duration = TimeSpan.FromMinutes(settings.Minutes);
        var nextFault = TimeSpan.FromSeconds(settings.FaultEverySeconds);
        var faultIndex = 0;
        Task<(string, TimeSpan)>? running = null;
        var sequence = 0;
        while (clock.Elapsed < duration)
        {
            var due = (int)(clock.Elapsed.TotalSeconds * settings.Rate);
            var batch = Enumerable.Range(sequence, Math.Max(0, due - sequence)).Select(i => TestEvent.Create($"key-{i % 50}", i / 50)).ToList();
            sequence += batch.Count;
            batch.ForEach(e => sent.Enqueue(e.EventId));
            publishes.Add(publisher.PublishAsync(scenario.Topic, batch));
            if (running is { IsCompleted: true })
            {
                recoveries.Add(await running);
                output.WriteLine($"  {recoveries[^1].Item1}: caught up {recoveries[^1].Item2.TotalSeconds:F1} s after the fault ended");
                running = null;
            }

            if (running is null && clock.Elapsed >= nextFault)
            {
                running = InjectAndRecoverAsync(faults, faultIndex++, scenario, () => sequence);
                nextFault = clock.Elapsed + TimeSpan.FromSeconds(settings.FaultEverySeconds);
            }

            await Task.Delay(100);
        }

        if (running is not null)
        {
            recoveries.Add(await running);
        }

        await Task.WhenAll(publishes);
        await scenario.WaitForAppliedAsync(sent.Count, TimeSpan.FromMinutes(3));
        var result = await ReliabilityTally.CountAsync(scenario, $"soak {settings.Minutes} min at {settings.Rate}/s, {settings.Instances} processes, {faultIndex} faults", sent.Count, [.. sent], 0, recoveries.Count == 0 ? null : recoveries.Max(r => r.Recovery), "recovery = slowest catch-up after a fault");
        output.WriteLine();
        output.WriteLine(ReliabilityTable.Format([result]));
        output.WriteLine("| fault | caught up after (s) |");
        output.WriteLine("|---|---|");
        recoveries.ForEach(r => output.WriteLine($"| {r.Fault} | {r.Recovery.TotalSeconds:F1} |"));
        foreach (var instance in instances)
        {
            await instance.DisposeAsync();
        }

        await publisher.StopQuietlyAsync();
        output.WriteLine(result.Passed ? "Nothing lost, nothing applied twice." : "RELIABILITY FAILURE: " + result.Describe());
        return result.Passed ? 0 : 1;
    }

    /// <summary>Injects one fault, then waits until every event published before its end has been applied.</summary>
    private static async Task<(string, TimeSpan)> InjectAndRecoverAsync(SoakFaults faults, int index, Scenario scenario, Func<int> publishedSoFar)
    {
        await faults.InjectAsync(index);
        var target = publishedSoFar();
        var recovery = Stopwatch.StartNew();
        await scenario.WaitForAppliedAsync(target, TimeSpan.FromMinutes(3));
        return (SoakFaults.Names[index % SoakFaults.Names.Length], recovery.Elapsed);
    }
}
