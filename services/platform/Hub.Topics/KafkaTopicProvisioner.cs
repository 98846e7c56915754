using System.Globalization;
using Confluent.Kafka;
using Confluent.Kafka.Admin;

namespace Hub.Topics;

/// <summary>Creates declared topics on a real cluster through AdminClient; topics that already exist are left alone.</summary>
public sealed class KafkaTopicProvisioner : IDisposable
{
    private readonly IAdminClient admin;
    private readonly string bootstrapServers;

    public KafkaTopicProvisioner(string bootstrapServers)
        : this(new AdminClientConfig { BootstrapServers = bootstrapServers })
    {
    }

    public KafkaTopicProvisioner(AdminClientConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        bootstrapServers = config.BootstrapServers;
        admin = new AdminClientBuilder(config).Build();
    }

    /// <summary>
    /// Lowers replication factors (and min.insync.replicas) to the cluster's broker count, so the declared
    /// production settings also work on a single-broker development cluster. Off by default: on a real
    /// deployment a too-small cluster should fail loudly.
    /// </summary>
    public bool CapReplicationToBrokerCount { get; init; }

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <returns>The names of the topics that were created (not those that already existed).</returns>
    public async Task<IReadOnlyList<string>> EnsureTopicsAsync(IEnumerable<TopicDeclaration> topics, CancellationToken cancellationToken = default)
    {
        var declared = topics.ToList();
        if (declared.Count == 0)
        {
            return [];
        }

        var brokers = CapReplicationToBrokerCount
            ? admin.GetMetadata(RequestTimeout).Brokers.Count
            : int.MaxValue;
        var specs = declared.Select(t => ToSpec(t, brokers)).ToList();
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            await admin.CreateTopicsAsync(specs, new CreateTopicsOptions { RequestTimeout = RequestTimeout }).ConfigureAwait(false);
            return specs.ConvertAll(s => s.Name);
        }
        catch (CreateTopicsException ex)
        {
            var failed = ex.Results.Where(r => r.Error.IsError && r.Error.Code != ErrorCode.TopicAlreadyExists).ToList();
            if (failed.Count > 0)
            {
                throw new InvalidOperationException(
                    "Creating declared topics failed: " + string.Join("; ", failed.Select(r => $"'{r.Topic}': {r.Error.Reason}")), ex);
            }

            return ex.Results.Where(r => !r.Error.IsError).Select(r => r.Topic).ToList();
        }
        catch (KafkaException ex)
        {
            throw new InvalidOperationException(
                $"Could not create the declared topics on {bootstrapServers}: {ex.Error.Reason}. Is it a real Kafka "
                + "cluster that accepts CreateTopics (the embedded mock cluster does not)?", ex);
        }
    }

    public Task<IReadOnlyList<string>> EnsureTopicAsync(string name, int partitions, short replicationFactor = 1, CancellationToken cancellationToken = default) =>
        EnsureTopicsAsync([new TopicDeclaration { Name = name, Partitions = partitions, ReplicationFactor = replicationFactor }], cancellationToken);

    public void Dispose() => admin.Dispose();

    private static TopicSpecification ToSpec(TopicDeclaration topic, int brokers)
    {
        var rf = (short)Math.Min(topic.ReplicationFactor, brokers);
        var configs = topic.ToKafkaConfigs().ToDictionary(StringComparer.Ordinal);
        if (configs.TryGetValue("min.insync.replicas", out var minIsr)
            && int.TryParse(minIsr, CultureInfo.InvariantCulture, out var isr) && isr > rf)
        {
            configs["min.insync.replicas"] = rf.ToString(CultureInfo.InvariantCulture);
        }

        return new TopicSpecification
        {
            Name = topic.Name,
            NumPartitions = topic.Partitions,
            ReplicationFactor = rf,
            Configs = configs,
        };
    }
}
