using Confluent.Kafka;
using Hub.DevStack;
using Hub.Testing;
using Hub.Testing.Messaging;

namespace Hub.Benchmarks.Soak;

/// <summary>The faults the soak injects in turn; each returns once the fault is over (the recovery clock starts then).</summary>
public sealed class SoakFaults(StackFixture stack, Scenario scenario, List<TestAppProcess> instances)
{
    public static readonly string[] Names = ["consumer kill -9 and restart", "all brokers down 5 s", "Redis stopped 3 s", "request errors + 100 ms RTT for 5 s"];

    public async Task InjectAsync(int index)
    {
        switch (index % Names.Length)
        {
            case 0:
                var victim = index / Names.Length % instances.Count;
                await instances[victim].KillHardAsync();
                await instances[victim].DisposeAsync();
                instances[victim] = TestAppProcess.Start(scenario, maxBatchSize: 100);
                break;
            case 1:
                stack.AllBrokersDown();
                await Task.Delay(TimeSpan.FromSeconds(5));
                stack.AllBrokersUp();
                break;
            case 2:
                await stack.StopRedisAsync();
                await Task.Delay(TimeSpan.FromSeconds(3));
                await stack.StartRedisAsync();
                break;
            default:
                var cluster = stack.Cluster!;
                cluster.BrokerIds.ToList().ForEach(b => cluster.SetBrokerRtt(b, TimeSpan.FromMilliseconds(100)));
                cluster.PushRequestErrors(KafkaApiKey.Produce, ErrorCode.NotLeaderForPartition, ErrorCode.RequestTimedOut);
                cluster.PushRequestErrors(KafkaApiKey.Fetch, ErrorCode.NotLeaderForPartition, ErrorCode.RequestTimedOut);
                cluster.PushRequestErrors(KafkaApiKey.OffsetCommit, ErrorCode.RequestTimedOut);
                await Task.Delay(TimeSpan.FromSeconds(5));
                cluster.ClearFaults();
                break;
        }
    }
}
