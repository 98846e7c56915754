using System.Diagnostics;
using Hub.DevStack;
using Hub.Messaging;
using Hub.Topics;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Demo;

/// <summary>Starts the embedded stack, the registry and a consumer, plays the script, prints what happened.</summary>
public sealed class DemoRunner(bool once, TextWriter output)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var root = RepositoryRootOf(AppContext.BaseDirectory);
        output.WriteLine("Starting the embedded stack (mock Kafka cluster, redis-server) ...");
        await using var stack = await Hub.DevStack.DevStack.StartAsync(new DevStackOptions { Topics = TopicCatalog.Load(Path.Combine(root, TopicCatalog.DefaultRelativePath)) }, cancellationToken);
        await stack.CreateTopicAsync($"{DemoHost.Group}.retry", 3, cancellationToken);
        await stack.CreateTopicAsync($"{DemoHost.Group}.dlq", 1, cancellationToken);
        output.WriteLine($"  Kafka {stack.BootstrapServers}\n  Redis {stack.RedisEndpoint}");
        await using var registry = await RegistryProcess.StartAsync(root, stack.BootstrapServers, cancellationToken);
        output.WriteLine($"  Schema Registry {registry.Url}");

        using var counters = new MessagingCounters();
        var scoreboard = new DemoScoreboard();
        using var host = await DemoHost.StartAsync(stack, registry.Url, scoreboard);
        var watch = Stopwatch.StartNew();
        await DemoScript.RunAsync(host.Services.GetRequiredService<IEventPublisher>(), stack.BootstrapServers, cancellationToken);
        var expectedDead = DemoScript.InvalidCustomers + DemoScript.Unreadable;
        while (watch.Elapsed < TimeSpan.FromMinutes(2) && (scoreboard.AppliedCount < DemoScript.GoodCustomers || counters["hub.messaging.dead_lettered"] < expectedDead || counters["hub.messaging.deduplicated"] < DemoScript.Duplicates))
        {
            await Task.Delay(100, cancellationToken);
        }

        var ok = DemoSummary.Print(output, scoreboard, counters, watch.Elapsed);
        if (!once)
        {
            output.WriteLine("The stack keeps running; press Ctrl+C to stop.");
            await Task.Delay(Timeout.Infinite, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        await host.StopAsync(CancellationToken.None);
        return ok ? 0 : 1;
    }

    private static string RepositoryRootOf(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "global.json")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No repository root (global.json) above {start}.");
    }
}
