using Confluent.Kafka;
using Confluent.Kafka.Admin;
using Hub.Cli.Status;
using Microsoft.Extensions.Configuration;

namespace Hub.Cli.Infrastructure;

/// <summary>
/// The Kafka calls the CLI makes, each bounded by --timeout. Only requests the embedded mock cluster answers are
/// used (metadata, watermarks, committed offsets, fetch, produce), except the groups' descriptions for `hub status`,
/// whose absence is reported rather than failed; consumer groups are never listed.
/// Kafka__Consumer__* and Kafka__Producer__* settings (TLS, SASL) apply as they do in the connectors.
/// </summary>
public sealed class KafkaAccess : IDisposable
{
    private readonly ConnectionSettings _settings;
    private readonly string _bootstrap;
    private readonly Lazy<IAdminClient> _admin;
    private readonly Lazy<IConsumer<byte[]?, byte[]?>> _probe;
    private readonly Lazy<IProducer<byte[]?, byte[]?>> _producer;
    private Metadata? _metadata;

    public KafkaAccess(ConnectionSettings settings, TimeSpan timeout)
    {
        _settings = settings;
        _bootstrap = settings.RequireBootstrap();
        Timeout = timeout;
        _admin = new(() => new AdminClientBuilder(new AdminClientConfig(ConsumerConfig("hub-cli-admin"))).SetLogHandler(Quiet).Build());
        _probe = new(() => new ConsumerBuilder<byte[]?, byte[]?>(ConsumerConfig($"hub-cli-{Guid.NewGuid():N}")).SetLogHandler(Quiet).Build());
        _producer = new(() =>
        {
            var config = new ProducerConfig { BootstrapServers = _bootstrap, Acks = Acks.All, EnableIdempotence = true, MessageTimeoutMs = (int)Math.Max(5000, timeout.TotalMilliseconds * 2) };
            settings.Configuration.GetSection("Kafka:Producer").Bind(config);
            config.BootstrapServers = _bootstrap;
            return new ProducerBuilder<byte[]?, byte[]?>(config).SetLogHandler(Quiet).Build();
        });
    }

    public TimeSpan Timeout { get; }

    public string Bootstrap => _bootstrap;

    /// <summary>Cluster metadata, fetched once per command; the first call is the reachability check.</summary>
    public Metadata Metadata()
    {
        _metadata ??= Guard(() => _admin.Value.GetMetadata(Timeout), "reading cluster metadata");
        return _metadata;
    }

    public bool TopicExists(string topic) => Metadata().Topics.Any(t => t.Topic == topic && t.Error.Code == ErrorCode.NoError);

    public IReadOnlyList<int> Partitions(string topic) =>
        Metadata().Topics.FirstOrDefault(t => t.Topic == topic && t.Error.Code == ErrorCode.NoError)?.Partitions.Select(p => p.PartitionId).Order().ToList()
        ?? throw CliException.BadInput($"Topic '{topic}' does not exist on {_bootstrap}.");

    public IReadOnlyList<string> TopicNames() => Metadata().Topics.Where(t => t.Error.Code == ErrorCode.NoError).Select(t => t.Topic).Order(StringComparer.Ordinal).ToList();

    public WatermarkOffsets Watermarks(string topic, int partition) =>
        Guard(() => _probe.Value.QueryWatermarkOffsets(new TopicPartition(topic, partition), Timeout), $"reading the offsets of {topic}[{partition}]");

    /// <summary>The group's committed offsets, read without joining the group.</summary>
    public IReadOnlyDictionary<TopicPartition, long> Committed(string group, IEnumerable<TopicPartition> partitions)
    {
        var list = partitions.ToList();
        if (list.Count == 0)
        {
            return new Dictionary<TopicPartition, long>();
        }

        using var reader = new ConsumerBuilder<byte[]?, byte[]?>(ConsumerConfig(group)).SetLogHandler(Quiet).Build();
        var committed = Guard(() => reader.Committed(list, Timeout), $"reading the committed offsets of {group}");
        return committed.ToDictionary(c => c.TopicPartition, c => c.Offset.Value);
    }

    /// <summary>Kafka's own time index; -1 when the broker has no answer (the embedded mock cluster always says -1).</summary>
    public long OffsetForTime(string topic, int partition, DateTimeOffset time)
    {
        var answer = Guard(
            () => _probe.Value.OffsetsForTimes([new TopicPartitionTimestamp(topic, partition, new Timestamp(time.UtcDateTime))], Timeout),
            $"asking {topic}[{partition}] for the offset at {time:O}");
        return answer.Single().Offset.Value;
    }

    /// <summary>
    /// The coordinator's description of each group (AdminClient DescribeConsumerGroups), or the reason there is
    /// none: the embedded mock cluster and brokers that refuse Describe on groups answer with an error instead.
    /// </summary>
    public async Task<(IReadOnlyDictionary<string, KafkaGroupView> Groups, string? Unavailable)> DescribeGroupsAsync(IReadOnlyCollection<string> groups)
    {
        if (groups.Count == 0)
        {
            return (new Dictionary<string, KafkaGroupView>(), null);
        }

        try
        {
            var answer = await _admin.Value.DescribeConsumerGroupsAsync(groups, new DescribeConsumerGroupsOptions { RequestTimeout = DescribeTimeout });
            return (answer.ConsumerGroupDescriptions.ToDictionary(d => d.GroupId, KafkaGroupView.From), null);
        }
        catch (DescribeConsumerGroupsException ex)
        {
            var described = ex.Results.ConsumerGroupDescriptions.Where(r => r.Error.Code == ErrorCode.NoError).ToDictionary(d => d.GroupId, KafkaGroupView.From);
            var failed = ex.Results.ConsumerGroupDescriptions.FirstOrDefault(r => r.Error.Code != ErrorCode.NoError);
            return (described, failed is null ? null : $"the cluster did not describe {failed.GroupId}: {failed.Error.Reason}");
        }
        catch (KafkaException ex)
        {
            return (new Dictionary<string, KafkaGroupView>(), $"the cluster did not describe its groups: {ex.Error.Reason}");
        }
    }

    /// <summary>Short: the embedded mock cluster never answers DescribeGroups, and status must not wait long for it.</summary>
    private TimeSpan DescribeTimeout => Timeout < TimeSpan.FromSeconds(5) ? Timeout : TimeSpan.FromSeconds(5);

    public async Task<DeliveryResult<byte[]?, byte[]?>> ProduceAsync(string topic, Message<byte[]?, byte[]?> message, CancellationToken cancellationToken)
    {
        try
        {
            return await _producer.Value.ProduceAsync(topic, message, cancellationToken);
        }
        catch (ProduceException<byte[]?, byte[]?> ex) when (IsUnreachable(ex.Error))
        {
            throw CliException.Unreachable($"Kafka at {_bootstrap} did not accept a write to {topic}: {ex.Error.Reason}", ex);
        }
        catch (ProduceException<byte[]?, byte[]?> ex)
        {
            throw CliException.Failed($"Writing to {topic} failed: {ex.Error.Reason}", ex);
        }
    }

    /// <summary>
    /// Reads each range [from, until) once, without a consumer group. Gives up when nothing arrives for --timeout;
    /// <paramref name="progress"/> gets the number of messages read so far.
    /// </summary>
    public List<ConsumeResult<byte[]?, byte[]?>> Read(IReadOnlyList<OffsetRange> ranges, Action<long>? progress, CancellationToken cancellationToken)
    {
        var results = new List<ConsumeResult<byte[]?, byte[]?>>();
        var wanted = ranges.Where(r => r.Until > r.From).ToDictionary(r => new TopicPartition(r.Topic, r.Partition), r => r.Until);
        if (wanted.Count == 0)
        {
            return results;
        }

        var config = ConsumerConfig($"hub-cli-reader-{Guid.NewGuid():N}");
        config.EnablePartitionEof = true;
        config.FetchWaitMaxMs = 100;
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(config).SetLogHandler(Quiet).Build();
        consumer.Assign(ranges.Where(r => r.Until > r.From).Select(r => new TopicPartitionOffset(r.Topic, r.Partition, r.From)));
        var lastProgress = DateTimeOffset.UtcNow;
        while (wanted.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = Guard(() => consumer.Consume(TimeSpan.FromMilliseconds(200)), "reading messages");
            if (result is null)
            {
                if (DateTimeOffset.UtcNow - lastProgress > Timeout)
                {
                    throw CliException.Failed($"Reading stopped making progress for {Timeout.TotalSeconds:0} s; {wanted.Count} partition(s) not read to their end.");
                }

                continue;
            }

            lastProgress = DateTimeOffset.UtcNow;
            if (!result.IsPartitionEOF && wanted.TryGetValue(result.TopicPartition, out var until) && result.Offset.Value < until)
            {
                results.Add(result);
                progress?.Invoke(results.Count);
            }

            if (wanted.TryGetValue(result.TopicPartition, out var end) && (result.IsPartitionEOF || result.Offset.Value + 1 >= end))
            {
                wanted.Remove(result.TopicPartition);
            }
        }

        consumer.Close();
        return results;
    }

    public void Dispose()
    {
        if (_producer.IsValueCreated)
        {
            _producer.Value.Flush(Timeout);
            _producer.Value.Dispose();
        }

        if (_probe.IsValueCreated)
        {
            _probe.Value.Dispose();
        }

        if (_admin.IsValueCreated)
        {
            _admin.Value.Dispose();
        }
    }

    public ConsumerConfig ConsumerConfig(string group)
    {
        var config = new ConsumerConfig();
        _settings.Configuration.GetSection("Kafka:Consumer").Bind(config);
        config.BootstrapServers = _bootstrap;
        config.GroupId = group;
        config.EnableAutoCommit = false;
        config.EnableAutoOffsetStore = false;
        config.AllowAutoCreateTopics = false;
        config.SocketTimeoutMs = (int)Math.Max(1000, Timeout.TotalMilliseconds);
        return config;
    }

    private T Guard<T>(Func<T> call, string what)
    {
        try
        {
            return call();
        }
        catch (KafkaException ex) when (IsUnreachable(ex.Error))
        {
            throw CliException.Unreachable($"Kafka at {_bootstrap} is unreachable ({what}): {ex.Error.Reason}", ex);
        }
        catch (KafkaException ex)
        {
            throw CliException.Failed($"Kafka refused {what}: {ex.Error.Reason}", ex);
        }
    }

    private static bool IsUnreachable(Error error) => error.Code is ErrorCode.Local_Transport or ErrorCode.Local_AllBrokersDown
        or ErrorCode.Local_TimedOut or ErrorCode.Local_Resolve or ErrorCode.RequestTimedOut or ErrorCode.Local_MsgTimedOut
        or ErrorCode.BrokerNotAvailable or ErrorCode.NetworkException;

    // librdkafka's own logging would interleave with tables; failures surface as exceptions instead.
    private static void Quiet<T>(T client, LogMessage message)
    {
    }
}
