using Hub.Messaging.TestApp;
using StackExchange.Redis;

namespace Hub.Testing.Messaging;

/// <summary>One test's own topic, group, Redis namespace and views on what the handler did.</summary>
public sealed class Scenario : IAsyncDisposable
{
    private Scenario(StackFixture stack, string topic, string group, string ns, ConnectionMultiplexer redis)
    {
        Stack = stack;
        Topic = topic;
        Group = group;
        Namespace = ns;
        Redis = redis;
    }

    public StackFixture Stack { get; }

    public string Topic { get; }

    public string Group { get; }

    public string Namespace { get; }

    public ConnectionMultiplexer Redis { get; }

    public string RetryTopic => $"{Group}.retry";

    public string DeadLetterTopic => $"{Group}.dlq";

    public static async Task<Scenario> CreateAsync(StackFixture stack, int partitions = 3)
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        var scenario = new Scenario(stack, $"it.{id}", $"group-{id}", $"ns-{id}", await ConnectAsync(stack));
        await stack.CreateTopicAsync(scenario.Topic, partitions);
        await stack.CreateTopicAsync(scenario.RetryTopic, partitions);
        await stack.CreateTopicAsync(scenario.DeadLetterTopic, 1);
        return scenario;
    }

    public Task<IReadOnlyList<string>> AppliedAsync() => EffectLog.AppliedAsync(Redis.GetDatabase(), Namespace);

    public Task<long> AppliedCountAsync() => EffectLog.AppliedCountAsync(Redis.GetDatabase(), Namespace);

    public Task<long> CallsAsync(string eventId) => EffectLog.CallsAsync(Redis.GetDatabase(), Namespace, eventId);

    public Task<long> RejectedDuplicatesAsync() => EffectLog.RejectedDuplicatesAsync(Redis.GetDatabase(), Namespace);

    public async Task WaitForAppliedAsync(int count, TimeSpan? timeout = null) =>
        await Eventually.UntilAsync(async () => await AppliedCountAsync() >= count, $"{count} applied effects in {Namespace}", timeout ?? TimeSpan.FromSeconds(60));

    public async ValueTask DisposeAsync() => await Redis.DisposeAsync();

    private static Task<ConnectionMultiplexer> ConnectAsync(StackFixture stack)
    {
        var options = ConfigurationOptions.Parse(stack.RedisConfiguration);
        options.AbortOnConnectFail = false;
        return ConnectionMultiplexer.ConnectAsync(options);
    }
}
