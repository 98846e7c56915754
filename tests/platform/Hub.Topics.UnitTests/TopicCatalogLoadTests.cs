using Hub.Topics;

namespace Hub.Topics.UnitTests;

public sealed class TopicCatalogLoadTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("hub-topics-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Load_FileWithDefaults_AppliesDefaultsWhereTopicIsSilent()
    {
        var path = Write("""
            defaults:
              partitions: 6
              replication_factor: 3
              retention_ms: 604800000
              config:
                min.insync.replicas: "2"
            topics:
              - name: canonical.order.placed
                description: An order was placed.
              - name: hub.control
                partitions: 1
                cleanup_policy: compact
                retention_ms: -1
                config:
                  segment.ms: "3600000"
            """);

        var catalog = TopicCatalog.Load(path);

        catalog.Source.Should().Be(path);
        catalog.Topics.Select(t => t.Name).Should().Equal("canonical.order.placed", "hub.control");
        var order = catalog["canonical.order.placed"];
        order.Partitions.Should().Be(6);
        order.ReplicationFactor.Should().Be(3);
        order.RetentionMs.Should().Be(604_800_000);
        order.CleanupPolicy.Should().Be(CleanupPolicy.Delete);
        order.Description.Should().Be("An order was placed.");
        order.Config.Should().Contain("min.insync.replicas", "2");
        var control = catalog["hub.control"];
        control.Partitions.Should().Be(1);
        control.RetentionMs.Should().Be(TopicDeclaration.InfiniteRetention);
        control.IsCompacted.Should().BeTrue();
        control.Config.Should().Contain("min.insync.replicas", "2").And.Contain("segment.ms", "3600000");
    }

    [Fact]
    public void Load_NoDefaultsAndNoRetention_LeavesRetentionToBroker()
    {
        var catalog = TopicCatalog.Load(Write("topics:\n  - name: plain\n"));

        var plain = catalog["plain"];
        plain.Partitions.Should().Be(1);
        plain.ReplicationFactor.Should().Be(1);
        plain.RetentionMs.Should().BeNull();
        plain.ToKafkaConfigs().Should().NotContainKey("retention.ms").And.Contain("cleanup.policy", "delete");
    }

    [Fact]
    public void Load_DeleteCompactSpelling_NormalizesToCompactDelete()
    {
        var catalog = TopicCatalog.Load(Write("topics:\n  - name: t\n    cleanup_policy: delete,compact\n"));

        catalog["t"].CleanupPolicy.Should().Be(CleanupPolicy.CompactDelete);
    }

    [Fact]
    public void ToKafkaConfigs_TypedFieldsAndExtraConfig_TypedFieldsWin()
    {
        var topic = new TopicDeclaration
        {
            Name = "t",
            RetentionMs = 1000,
            CleanupPolicy = CleanupPolicy.Compact,
            Config = new Dictionary<string, string> { ["retention.ms"] = "5", ["max.message.bytes"] = "2000000" },
        };

        topic.ToKafkaConfigs().Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["retention.ms"] = "1000",
            ["cleanup.policy"] = "compact",
            ["max.message.bytes"] = "2000000",
        });
    }

    [Fact]
    public void Load_ProjectContractsFile_DeclaresPlatformAndCanonicalTopics()
    {
        var catalog = TopicCatalog.Load(Path.Combine(AppContext.BaseDirectory, "contracts", "topics.yaml"));

        catalog["_schemas"].Should().Match<TopicDeclaration>(t =>
            t.Partitions == 1 && t.CleanupPolicy == CleanupPolicy.Compact && t.RetentionMs == -1);
        catalog["hub.control"].IsCompacted.Should().BeTrue();
        catalog.TryGet("hub.audit", out _).Should().BeTrue();
        catalog.TryGet("hub.conflicts", out _).Should().BeTrue();
        var canonical = catalog.Topics.Where(t => t.Name.StartsWith("canonical.", StringComparison.Ordinal)).ToList();
        canonical.Select(t => t.Name).Should().BeEquivalentTo(
            "canonical.customer.upserted", "canonical.customer.merged", "canonical.order.placed",
            "canonical.order.status-changed", "canonical.invoice.raised", "canonical.payment.received",
            "canonical.stock-level.changed", "canonical.product.upserted");
        canonical.Should().OnlyContain(t =>
            t.Partitions == 6 && t.ReplicationFactor == 3 && t.RetentionMs == 7L * 24 * 3600 * 1000);
    }

    [Fact]
    public void FindFile_FromNestedDirectory_FindsContractsFileAbove()
    {
        Directory.CreateDirectory(Path.Combine(dir, "contracts"));
        File.WriteAllText(Path.Combine(dir, "contracts", "topics.yaml"), "topics: []\n");
        var nested = Directory.CreateDirectory(Path.Combine(dir, "a", "b")).FullName;

        TopicCatalog.FindFile(nested).Should().Be(Path.Combine(dir, "contracts", "topics.yaml"));
    }

    [Fact]
    public void FromDeclarations_ValidTopics_BuildsCatalog()
    {
        var catalog = TopicCatalog.FromDeclarations([new TopicDeclaration { Name = "x", Partitions = 2 }]);

        catalog["x"].Partitions.Should().Be(2);
    }

    [Fact]
    public void Indexer_UnknownTopic_ThrowsNamingSource()
    {
        var catalog = TopicCatalog.Parse("topics: []", "inline.yaml");

        var act = () => catalog["missing"];

        act.Should().Throw<KeyNotFoundException>().WithMessage("*inline.yaml*missing*");
    }

    private string Write(string yaml)
    {
        var path = Path.Combine(dir, "topics.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
