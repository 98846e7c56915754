using Confluent.Kafka;
using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.Producing;

namespace Hub.Messaging.UnitTests.Producing;

public sealed class KafkaProducerTests
{
    [Fact]
    public void BuildConfig_NothingConfigured_SafeDefaults()
    {
        var options = new KafkaOptions { BootstrapServers = "broker-1:9092", ServiceName = "erp-connector" };

        var config = KafkaProducer.BuildConfig(options);

        config.BootstrapServers.Should().Be("broker-1:9092");
        config.ClientId.Should().Be("erp-connector");
        config.EnableIdempotence.Should().BeTrue();
        config.Acks.Should().Be(Acks.All);
        config.CompressionType.Should().Be(CompressionType.Zstd);
        config.LingerMs.Should().Be(5);
    }

    [Fact]
    public void BuildConfig_ExplicitProducerSettings_Win()
    {
        var options = new KafkaOptions
        {
            BootstrapServers = "broker-1:9092",
            ServiceName = "erp-connector",
            Producer = new ProducerConfig
            {
                BootstrapServers = "other:9093",
                ClientId = "custom-client",
                EnableIdempotence = false,
                Acks = Acks.Leader,
                CompressionType = CompressionType.Lz4,
                LingerMs = 50,
            },
        };

        var config = KafkaProducer.BuildConfig(options);

        config.BootstrapServers.Should().Be("other:9093");
        config.ClientId.Should().Be("custom-client");
        config.EnableIdempotence.Should().BeFalse();
        config.Acks.Should().Be(Acks.Leader);
        config.CompressionType.Should().Be(CompressionType.Lz4);
        config.LingerMs.Should().Be(50);
    }

    [Fact]
    public void BuildConfig_UnrelatedLibrdkafkaSetting_Passed()
    {
        var options = new KafkaOptions { BootstrapServers = "b:9092" };
        options.Producer.Set("security.protocol", "SASL_SSL");
        options.Producer.MessageTimeoutMs = 12_000;

        var config = KafkaProducer.BuildConfig(options);

        config.Get("security.protocol").Should().Be("SASL_SSL");
        config.MessageTimeoutMs.Should().Be(12_000);
    }

    [Fact]
    public void BuildConfig_Always_LeavesOptionsUntouched()
    {
        var options = new KafkaOptions { BootstrapServers = "b:9092" };

        KafkaProducer.BuildConfig(options);

        options.Producer.Acks.Should().BeNull();
        options.Producer.BootstrapServers.Should().BeNull();
        options.Producer.Should().BeEmpty();
    }
}
