using Hub.Testing;

namespace Hub.SchemaRegistry.IntegrationTests.Kafka;

/// <summary>Only the Kafka-store tests need a broker; the REST-contract tests run on the in-memory store.</summary>
[CollectionDefinition(Name)]
public sealed class KafkaCollection : ICollectionFixture<StackFixture>
{
    public const string Name = "kafka";
}
