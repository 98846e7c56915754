using Confluent.Kafka;
using Hub.DevStack.Native;

namespace Hub.DevStack;

// Fault injection: what the embedded cluster offers that a real one cannot, for tests of the recovery paths.
public sealed unsafe partial class MockKafkaCluster
{
    public void SetBrokerDown(int brokerId) => Check($"taking broker {brokerId} down", c => LibRdKafka.MockBrokerSetDown(c, CheckBroker(brokerId)));

    public void SetBrokerUp(int brokerId) => Check($"bringing broker {brokerId} up", c => LibRdKafka.MockBrokerSetUp(c, CheckBroker(brokerId)));

    public void SetAllBrokersDown() => BrokerIds.ToList().ForEach(SetBrokerDown);

    public void SetAllBrokersUp() => BrokerIds.ToList().ForEach(SetBrokerUp);

    /// <summary>Adds round-trip latency to every response of one broker; <see cref="TimeSpan.Zero"/> removes it.</summary>
    public void SetBrokerRtt(int brokerId, TimeSpan rtt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rtt, TimeSpan.Zero);
        var ms = (int)Math.Min(rtt.TotalMilliseconds, int.MaxValue);
        Check($"setting the round-trip time of broker {brokerId}", c => LibRdKafka.MockBrokerSetRtt(c, CheckBroker(brokerId), ms));
    }

    /// <summary>The next <paramref name="errors"/>.Length requests of that type fail, in order, with these errors.</summary>
    public void PushRequestErrors(KafkaApiKey apiKey, params ErrorCode[] errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Length == 0)
        {
            return;
        }

        var codes = Array.ConvertAll(errors, e => (int)e);
        lock (gate)
        {
            fixed (int* p = codes)
            {
                LibRdKafka.MockPushRequestErrorsArray(Live(), (short)apiKey, (nuint)codes.Length, p);
            }

            apiKeysWithErrors.Add((short)apiKey);
        }
    }

    public void ClearRequestErrors(KafkaApiKey apiKey)
    {
        lock (gate)
        {
            LibRdKafka.MockClearRequestErrors(Live(), (short)apiKey);
            apiKeysWithErrors.Remove((short)apiKey);
        }
    }

    /// <summary>
    /// The versions of one request type every broker advertises in ApiVersions and accepts. Removing
    /// <see cref="KafkaApiKey.ConsumerGroupHeartbeat"/> makes the cluster look like Apache Kafka before 4.0.
    /// </summary>
    public void SetApiVersion(KafkaApiKey apiKey, short minVersion, short maxVersion) =>
        Check($"setting the versions of {apiKey}", c => LibRdKafka.MockSetApiVersion(c, (short)apiKey, minVersion, maxVersion));

    /// <summary>Stops advertising (and serving) one request type, as brokers that predate it do.</summary>
    public void RemoveApi(KafkaApiKey apiKey) => SetApiVersion(apiKey, -1, -1);

    /// <summary>Moves a partition's leadership, e.g. to aim a broker outage at one partition.</summary>
    public void SetPartitionLeader(string topic, int partition, int brokerId)
    {
        var err = WithTopic(topic, (c, n) => LibRdKafka.MockPartitionSetLeader(c, (byte*)n, partition, CheckBroker(brokerId)));
        if (err != 0)
        {
            throw Failure($"moving the leader of {topic}[{partition}] to broker {brokerId}", err);
        }
    }

    /// <summary>Undoes every injected fault: all brokers up, no added latency, no pending request errors.</summary>
    public void ClearFaults()
    {
        lock (gate)
        {
            foreach (var id in BrokerIds)
            {
                SetBrokerUp(id);
                SetBrokerRtt(id, TimeSpan.Zero);
            }

            foreach (var apiKey in apiKeysWithErrors)
            {
                LibRdKafka.MockClearRequestErrors(Live(), apiKey);
            }

            apiKeysWithErrors.Clear();
        }
    }
}
