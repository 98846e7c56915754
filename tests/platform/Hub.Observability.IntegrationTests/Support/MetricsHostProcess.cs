using Hub.Testing;

namespace Hub.Observability.IntegrationTests.Support;

/// <summary>
/// tests/support/Hub.Observability.MetricsHost as its own process on the shared stack, with its own topics, group and Redis
/// namespace: it publishes test events (some poison, some failing, some duplicated) and consumes them.
/// </summary>
public static class MetricsHostProcess
{
    public static async Task<ServiceProcess> StartAsync(StackFixture stack, IReadOnlyDictionary<string, string>? settings = null)
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        var (topic, group) = ($"obs.{id}", $"obs-{id}");
        await stack.CreateTopicAsync(topic, 2);
        await stack.CreateTopicAsync($"{group}.retry", 2);
        await stack.CreateTopicAsync($"{group}.dlq", 1);
        var environment = new Dictionary<string, string>
        {
            ["Kafka__BootstrapServers"] = stack.BootstrapServers,
            // The mock cluster answers an empty fetch only after fetch.wait.max.ms, even when data arrives meanwhile.
            ["Kafka__Consumer__FetchWaitMaxMs"] = "20",
            ["Redis__Configuration"] = stack.RedisConfiguration,
            ["Redis__KeyPrefix"] = $"ns-{id}",
            ["TestApp__Namespace"] = $"ns-{id}",
            ["Traffic__Topic"] = topic,
            ["Traffic__IntervalMs"] = "50",
            ["Subscriptions__main__Topics__0"] = topic,
            ["Subscriptions__main__GroupId"] = group,
            ["Subscriptions__main__MaxBatchSize"] = "50",
            ["Subscriptions__main__Retry__InProcessBaseDelay"] = "00:00:00.005",
            ["Subscriptions__main__Retry__InProcessMaxDelay"] = "00:00:00.020",
            ["Subscriptions__main__Retry__RetryTopicBaseDelay"] = "00:00:00.200",
            ["Subscriptions__main__Retry__RetryTopicMaxDelay"] = "00:00:01",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__Console__FormatterName"] = "simple",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        return ServiceProcess.StartDotnet("the metrics host", Dll(), environment);
    }

    private static string Dll()
    {
        var built = RepositoryRoot.Combine("artifacts", "bin", "Hub.Observability.MetricsHost", "debug", "Hub.Observability.MetricsHost.dll");
        return File.Exists(built) ? built : Path.Combine(AppContext.BaseDirectory, "Hub.Observability.MetricsHost.dll");
    }
}
