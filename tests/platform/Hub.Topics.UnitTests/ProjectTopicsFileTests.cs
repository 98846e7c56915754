using System.Text.Json;
using Hub.Topics;

namespace Hub.Topics.UnitTests;

/// <summary>The project's own declaration (contracts/topics.yaml): its groups, and what the provisioner creates from it.</summary>
public sealed class ProjectTopicsFileTests
{
    private static readonly TopicCatalog Declared = TopicCatalog.Load(Path.Combine(AppContext.BaseDirectory, "contracts", "topics.yaml"));

    private static readonly string[] ConnectorGroups =
    [
        "crm-connector.customers", "shop-connector.stock", "erp-connector.customers", "erp-connector.orders",
        "accounting-connector.customers", "accounting-connector.orders", "legacy-connector.customers", "crm-connector.reverts",
        "erp-connector.reverts", "accounting-connector.reverts",
    ];

    [Fact]
    public void Groups_EveryConnectorGroup_IsDeclaredWithItsInputTopics()
    {
        // Contain, not equal: a new connector declares its groups in contracts/topics.yaml without an edit here.
        Declared.Groups.Select(g => g.Id).Should().Contain(ConnectorGroups);
        // Connectors read canonical events, and revert requests (hub.reverts) written by `hub revert`.
        Declared.Groups.Should().OnlyContain(g => g.Topics.Count > 0 && g.Topics.All(t => t.StartsWith("canonical.", StringComparison.Ordinal) || t == "hub.reverts"));
        Declared.Groups.Single(g => g.Id == "shop-connector.stock").Topics.Should().Equal("canonical.stock-level.changed");
        Declared.Groups.Single(g => g.Id == "erp-connector.orders").Topics.Should().Equal("canonical.order.placed");
    }

    [Fact]
    public void Topics_GroupTopics_DerivedWithTheSettingsTheyWereListedWith()
    {
        foreach (var group in Declared.Groups)
        {
            var retry = Declared[group.RetryTopic];
            retry.Should().Match<TopicDeclaration>(t => t.Partitions == 3 && t.ReplicationFactor == 3 && t.RetentionMs == 604_800_000 && t.CleanupPolicy == CleanupPolicy.Delete);
            var dlq = Declared[group.DeadLetterTopic];
            dlq.Should().Match<TopicDeclaration>(t => t.Partitions == 3 && t.ReplicationFactor == 3 && t.RetentionMs == 2_592_000_000 && t.CleanupPolicy == CleanupPolicy.Delete);
            dlq.Config.Should().Contain("min.insync.replicas", "2");
        }
    }

    [Fact]
    public void Topics_Everything_IsExactlyWhatTheProvisionerCreated()
    {
        // The list before groups were declared (issue 13): deriving group topics must neither add nor drop one.
        string[] expected =
        [
            "_schemas", "hub.audit", "hub.control", "hub.conflicts", "hub.writes", "hub.capture", "hub.reverts",
            "canonical.customer.upserted", "canonical.customer.merged", "canonical.order.placed", "canonical.order.status-changed",
            "canonical.invoice.raised", "canonical.payment.received", "canonical.stock-level.changed", "canonical.product.upserted",
            "crm-connector.inbound.dlq", "shop-connector.inbound.dlq", "legacy-connector.quarantine",
            .. Declared.Groups.SelectMany(g => new[] { g.Id + ".retry", g.Id + ".dlq" }),
        ];

        Declared.Topics.Select(t => t.Name).Should().BeEquivalentTo(expected);
    }

    [Fact]
    public void Events_EveryCanonicalTopic_CarriesTheEventItsRegistrySubjectNames()
    {
        // compatibility.json names each event's subject by the topic name strategy ("<topic>-value").
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "contracts", "avro", "compatibility.json"));
        using var settings = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var subjects = settings.RootElement.GetProperty("subjects").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());

        var canonical = Declared.Topics.Where(t => t.Name.StartsWith("canonical.", StringComparison.Ordinal)).ToList();
        canonical.Should().OnlyContain(t => t.Event != null);
        canonical.ToDictionary(t => t.Event!, t => (string?)(t.Name + "-value")).Should().BeEquivalentTo(subjects);
    }
}
