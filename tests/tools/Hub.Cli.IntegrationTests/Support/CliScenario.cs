using System.Globalization;
using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using Hub.Messaging;
using Hub.Messaging.Processing;
using Hub.Messaging.Redis;
using Hub.Messaging.TestApp;
using Hub.Testing;
using StackExchange.Redis;

namespace Hub.Cli.IntegrationTests.Support;

/// <summary>One test's topic, consumer group (testapp.main-&lt;id&gt;), Redis prefix, and views on what the connector did.</summary>
public sealed class CliScenario : IAsyncDisposable
{
    private readonly IProducer<string, byte[]> _producer;

    private CliScenario(StackFixture stack, string id, ConnectionMultiplexer redis)
    {
        Stack = stack;
        Topic = $"cli.{id}";
        Group = $"testapp.main-{id}";
        Namespace = $"cli-{id}";
        Redis = redis;
        _producer = new ProducerBuilder<string, byte[]>(stack.ProducerConfig()).Build();
    }

    public StackFixture Stack { get; }

    public string Topic { get; }

    public string Group { get; }

    public string Namespace { get; }

    public ConnectionMultiplexer Redis { get; }

    public int Partitions { get; private set; }

    public string RetryTopic => $"{Group}.retry";

    public string DeadLetterTopic => $"{Group}.dlq";

    public static async Task<CliScenario> CreateAsync(StackFixture stack, int partitions = 3)
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        var options = ConfigurationOptions.Parse(stack.RedisConfiguration);
        options.AbortOnConnectFail = false;
        var scenario = new CliScenario(stack, id, await ConnectionMultiplexer.ConnectAsync(options)) { Partitions = partitions };
        await stack.CreateTopicAsync(scenario.Topic, partitions);
        await stack.CreateTopicAsync(scenario.RetryTopic, partitions);
        await stack.CreateTopicAsync(scenario.DeadLetterTopic, 1);
        return scenario;
    }

    /// <summary>One record as it is on a platform topic the CLI reads (the write journal, the traffic capture): a key and a value, no headers.</summary>
    public Task ProduceRecordAsync(string topic, string key, byte[] value) =>
        _producer.ProduceAsync(topic, new Message<string, byte[]> { Key = key, Value = value }, TestContext.Current.CancellationToken);

    /// <summary>Publishes as the platform's publisher does: key = entity id, JSON value, event-id/event-type headers.</summary>
    public async Task PublishAsync(IEnumerable<TestEvent> events)
    {
        foreach (var e in events)
        {
            await _producer.ProduceAsync(Topic, new Message<string, byte[]>
            {
                Key = e.EntityId,
                Value = JsonSerializer.SerializeToUtf8Bytes(e),
                Headers = new Headers
                {
                    { EventHeaders.EventId, Encoding.UTF8.GetBytes(e.EventId) },
                    { EventHeaders.EventType, Encoding.UTF8.GetBytes(nameof(TestEvent)) },
                    { EventHeaders.OccurredAt, Encoding.UTF8.GetBytes(e.OccurredAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)) },
                },
            }, TestContext.Current.CancellationToken);
        }
    }

    public Task<IReadOnlyList<string>> AppliedAsync() => EffectLog.AppliedAsync(Redis.GetDatabase(), Namespace);

    public Task<long> CallsAsync(string eventId) => EffectLog.CallsAsync(Redis.GetDatabase(), Namespace, eventId);

    public async Task WaitForAppliedAsync(int count, TimeSpan? timeout = null, ConnectorProcess? connector = null)
    {
        try
        {
            await Eventually.UntilAsync(async () => (await AppliedAsync()).Count >= count, $"{count} applied effects in {Namespace}", timeout ?? TimeSpan.FromSeconds(90), cancellationToken: TestContext.Current.CancellationToken);
        }
        catch (TimeoutException ex) when (connector is not null)
        {
            throw new TimeoutException($"{ex.Message}{Environment.NewLine}connector output:{Environment.NewLine}{connector.Output}", ex);
        }
    }

    /// <summary>How many messages of the source topic the group's Redis checkpoints cover.</summary>
    public async Task<long> CheckpointedAsync()
    {
        var keys = new RedisKeys(Namespace);
        long total = 0;
        for (var p = 0; p < Partitions; p++)
        {
            var offset = await Redis.GetDatabase().HashGetAsync(keys.Checkpoint(Group, new PartitionRef(Topic, p)), "offset");
            total += offset.IsNull ? 0 : (long)offset + 1;
        }

        return total;
    }

    public async Task<long> PendingReplaysAsync() => await Redis.GetDatabase().HashLengthAsync($"{Namespace}:{{{Group}}}:replay:pending");

    /// <summary>The audit records about this scenario's group, read from hub.audit.</summary>
    public List<JsonElement> AuditRecords() => TopicReader.AuditRecords(Stack, target => target.Contains(Group, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        _producer.Flush(TimeSpan.FromSeconds(10));
        _producer.Dispose();
        await Redis.DisposeAsync();
    }
}
