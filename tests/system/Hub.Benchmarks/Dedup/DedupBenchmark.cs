using Hub.Messaging.Processing;
using Hub.Messaging.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Benchmarks.Dedup;

/// <summary>
/// Redis round trips per event and the cost of dedup: the same backlog drained by the pipeline with the Redis store
/// (dedup on), without the marker lookup (dedup off, checkpoints still written) and with no Redis at all.
/// </summary>
public sealed class DedupBenchmark(BenchSettings settings, TextWriter output)
{
    private enum Variant
    {
        DedupOn,
        DedupLookupOff,
        NoRedis,
    }

    public async Task<int> RunAsync()
    {
        await using var stack = await BenchStack.StartAsync();
        const string backlog = "bench.dedup";
        stack.Cluster.CreateTopic(backlog, settings.Partitions);
        var produceRate = RawKafkaRates.Produce(stack.Cluster.BootstrapServers, backlog, settings.Events, settings.PayloadBytes);
        output.WriteLine($"Backlog of {settings.Events:N0} events over {settings.Partitions} partitions produced at {produceRate:N0}/s; batches of {settings.BatchSize}");

        var rates = Enum.GetValues<Variant>().ToDictionary(v => v, _ => new List<double>());
        (long Lookups, long Commits, RedisCommandStats Commands)? counted = null;
        for (var round = 1; round <= settings.Rounds; round++)
        {
            foreach (var variant in Enum.GetValues<Variant>())
            {
                var (rate, counts) = await DrainAsync(stack, backlog, variant);
                rates[variant].Add(rate);
                counted ??= counts;
                output.WriteLine($"  round {round}: {variant} {rate:N0}/s");
            }
        }

        var (lookups, commits, commands) = counted!.Value;
        double PerEvent(long n) => (double)n / settings.Events;
        output.WriteLine();
        output.WriteLine("| measure | value |");
        output.WriteLine("|---|---|");
        output.WriteLine($"| pipeline round trips to Redis per event (lookups {lookups:N0} + batch writes {commits:N0}) | {PerEvent(lookups + commits):F4} (target < 1) |");
        output.WriteLine($"| Redis commands per event, all clients (INFO commandstats delta: {string.Join(", ", commands.Calls.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value:N0}"))}) | {PerEvent(commands.Total):F4} |");
        output.WriteLine($"| pipeline rate, dedup on (Redis lookup + atomic write), median of {settings.Rounds} | {BenchWait.Median(rates[Variant.DedupOn]):N0} events/s |");
        output.WriteLine($"| pipeline rate, dedup lookup off (checkpoint write kept), median of {settings.Rounds} | {BenchWait.Median(rates[Variant.DedupLookupOff]):N0} events/s |");
        output.WriteLine($"| pipeline rate, no Redis at all (no dedup, no checkpoints), median of {settings.Rounds} | {BenchWait.Median(rates[Variant.NoRedis]):N0} events/s |");
        return 0;
    }

    private async Task<(double Rate, (long, long, RedisCommandStats) Counts)> DrainAsync(BenchStack stack, string topic, Variant variant)
    {
        CountingProcessingStore? counting = null;
        var recorder = new LatencyRecorder();
        var before = await RedisCommandStats.ReadAsync(stack.Redis.Endpoint);
        using var host = await PipelineHost.StartAsync(stack, topic, $"bench-dedup-{Guid.NewGuid():N}", settings.BatchSize, recorder, services =>
            services.Replace(ServiceDescriptor.Singleton<IProcessingStore>(sp =>
            {
                var redis = ActivatorUtilities.CreateInstance<RedisProcessingStore>(sp);
                return variant switch
                {
                    Variant.DedupOn => counting = new CountingProcessingStore(redis),
                    Variant.DedupLookupOff => new LookupFreeProcessingStore(redis),
                    _ => new NullProcessingStore(),
                };
            })));
        await BenchWait.ForAsync(() => recorder.Handled >= settings.Events, TimeSpan.FromMinutes(5), $"the {variant} pipeline to drain the backlog");
        await host.StopAsync();
        var commands = (await RedisCommandStats.ReadAsync(stack.Redis.Endpoint)).Since(before);
        return (recorder.Handled / recorder.Span.TotalSeconds, (counting?.Lookups ?? 0, counting?.Commits ?? 0, commands));
    }
}
