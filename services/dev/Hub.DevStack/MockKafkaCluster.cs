using System.Runtime.InteropServices;
using System.Text;
using Confluent.Kafka;
using Hub.DevStack.Native;
using Hub.Topics;

namespace Hub.DevStack;

/// <summary>
/// librdkafka's in-process mock cluster: real Kafka protocol on 127.0.0.1 ports, in memory, with fault injection.
/// It lacks CreateTopics, compaction and retention, so topics are made here from the declared catalog.
/// </summary>
public sealed unsafe partial class MockKafkaCluster : IAsyncDisposable, IDisposable
{
    public const int DefaultBrokerCount = 3;

    private readonly Lock gate = new();
    private readonly HashSet<short> apiKeysWithErrors = [];
    private nint handle;
    private nint cluster;

    private MockKafkaCluster(nint handle, nint cluster, int brokerCount)
    {
        this.handle = handle;
        this.cluster = cluster;
        BrokerCount = brokerCount;
        BootstrapServers = Marshal.PtrToStringUTF8(LibRdKafka.MockClusterBootstraps(cluster))
            ?? throw new InvalidOperationException("The mock cluster reported no bootstrap servers.");
    }

    /// <summary>Comma-separated <c>127.0.0.1:port</c> list, one per broker.</summary>
    public string BootstrapServers { get; }

    public int BrokerCount { get; }

    /// <summary>The mock numbers its brokers 1..N.</summary>
    public IReadOnlyList<int> BrokerIds => Enumerable.Range(1, BrokerCount).ToArray();

    /// <exception cref="DllNotFoundException">librdkafka could not be found next to the application.</exception>
    public static MockKafkaCluster Start(int brokerCount = DefaultBrokerCount, TopicCatalog? topics = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(brokerCount, 1);
        LibRdKafka.EnsureLoaded();
        var conf = LibRdKafka.ConfNew();
        SetConf(conf, "log_level", "3");
        const int errSize = 512;
        var errstr = stackalloc byte[errSize];
        var rk = LibRdKafka.New(LibRdKafka.ProducerType, conf, errstr, errSize);
        if (rk == 0)
        {
            LibRdKafka.ConfDestroy(conf);
            throw new InvalidOperationException($"rd_kafka_new failed: {Marshal.PtrToStringUTF8((nint)errstr)}");
        }

        var mcluster = LibRdKafka.MockClusterNew(rk, brokerCount);
        if (mcluster == 0)
        {
            LibRdKafka.Destroy(rk);
            throw new InvalidOperationException($"rd_kafka_mock_cluster_new failed for {brokerCount} brokers.");
        }

        var result = new MockKafkaCluster(rk, mcluster, brokerCount);
        if (topics is not null)
        {
            result.CreateTopics(topics);
        }

        return result;
    }

    /// <summary>
    /// Creates every declared topic, replication factor capped at the broker count. Retention and cleanup policy
    /// are ignored because the mock has neither.
    /// </summary>
    public void CreateTopics(TopicCatalog catalog)
    {
        foreach (var topic in catalog.Topics)
        {
            CreateTopic(topic.Name, topic.Partitions, topic.ReplicationFactor);
        }
    }

    /// <returns>False when the topic already existed (its partition count is then left as it was).</returns>
    public bool CreateTopic(string name, int partitions, int replicationFactor = DefaultBrokerCount)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        var rf = Math.Clamp(replicationFactor, 1, BrokerCount);
        var err = WithTopic(name, (c, n) => LibRdKafka.MockTopicCreate(c, (byte*)n, partitions, rf));
        return err switch
        {
            0 => true,
            (int)ErrorCode.TopicAlreadyExists => false,
            _ => throw Failure($"creating topic '{name}'", err),
        };
    }

    public void Dispose()
    {
        lock (gate)
        {
            // The cluster belongs to the handle, so it has to go first.
            if (cluster != 0)
            {
                LibRdKafka.MockClusterDestroy(cluster);
                cluster = 0;
            }

            if (handle != 0)
            {
                LibRdKafka.Destroy(handle);
                handle = 0;
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private static void SetConf(nint conf, string name, string value)
    {
        var errstr = stackalloc byte[256];
        fixed (byte* n = Encoding.UTF8.GetBytes(name + '\0'))
        fixed (byte* v = Encoding.UTF8.GetBytes(value + '\0'))
        {
            if (LibRdKafka.ConfSet(conf, n, v, errstr, 256) != 0)
            {
                throw new InvalidOperationException($"rd_kafka_conf_set({name}) failed: {Marshal.PtrToStringUTF8((nint)errstr)}");
            }
        }
    }

    private static KafkaException Failure(string action, int err) =>
        new(new Error((ErrorCode)err, $"Mock cluster failed {action}: {new Error((ErrorCode)err).Reason}"));

    private int CheckBroker(int brokerId)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(brokerId, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(brokerId, BrokerCount);
        return brokerId;
    }

    private void Check(string action, Func<nint, int> call)
    {
        int err;
        lock (gate)
        {
            err = call(Live());
        }

        if (err != 0)
        {
            throw Failure(action, err);
        }
    }

    private int WithTopic(string topic, Func<nint, nint, int> call)
    {
        var bytes = Encoding.UTF8.GetBytes(topic + '\0');
        lock (gate)
        {
            fixed (byte* name = bytes)
            {
                return call(Live(), (nint)name);
            }
        }
    }

    private nint Live() => cluster != 0 ? cluster : throw new ObjectDisposedException(nameof(MockKafkaCluster));
}
