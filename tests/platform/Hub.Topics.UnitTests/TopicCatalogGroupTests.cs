using Hub.Topics;

namespace Hub.Topics.UnitTests;

public sealed class TopicCatalogGroupTests
{
    private const string Source = "/repo/contracts/topics.yaml";

    private const string Canonical = """
        defaults:
          partitions: 6
          replication_factor: 3
          retention_ms: 604800000
          config:
            min.insync.replicas: "2"
        group_topics:
          retry:
            partitions: 3
          dlq:
            partitions: 3
            retention_ms: 2592000000
        topics:
          - name: canonical.customer.upserted
            event: CustomerUpserted
          - name: canonical.order.placed
            event: OrderPlaced

        """;

    [Fact]
    public void Parse_Group_DerivesRetryAndDeadLetterTopicsWithGroupTopicSettings()
    {
        var catalog = Parse(Canonical + """
            groups:
              - id: erp-connector.customers
                topics: [canonical.customer.upserted]
                description: "ERP connector: customers written as ERP partners."
            """);

        var group = catalog.Groups.Should().ContainSingle().Which;
        group.Id.Should().Be("erp-connector.customers");
        group.Topics.Should().Equal("canonical.customer.upserted");
        catalog.TryGetGroup("erp-connector.customers", out var found).Should().BeTrue();
        found.Should().BeSameAs(group);
        catalog.Topics.Select(t => t.Name).Should().Equal(
            "canonical.customer.upserted", "canonical.order.placed", "erp-connector.customers.retry", "erp-connector.customers.dlq");
        var retry = catalog[group.RetryTopic];
        retry.Should().Match<TopicDeclaration>(t => t.Partitions == 3 && t.ReplicationFactor == 3 && t.RetentionMs == 604_800_000 && t.Event == null);
        retry.Config.Should().Contain("min.insync.replicas", "2");
        retry.Description.Should().Be("Retry topic of erp-connector.customers. ERP connector: customers written as ERP partners.");
        var dlq = catalog[group.DeadLetterTopic];
        dlq.Should().Match<TopicDeclaration>(t => t.Partitions == 3 && t.RetentionMs == 2_592_000_000);
        dlq.Description.Should().Be("Dead letters of erp-connector.customers.");
    }

    [Fact]
    public void Parse_NoGroupTopicsBlock_DerivedTopicsTakeTheDefaults()
    {
        var catalog = Parse("defaults:\n  partitions: 4\ntopics:\n  - name: in\ngroups:\n  - id: g\n    topics: [in]\n");

        catalog["g.retry"].Partitions.Should().Be(4);
        catalog["g.dlq"].Partitions.Should().Be(4);
        catalog["g.retry"].Description.Should().Be("Retry topic of g.");
    }

    [Fact]
    public void Parse_NoGroups_DeclaresNone()
    {
        Parse(Canonical).Groups.Should().BeEmpty();
    }

    [Fact]
    public void Parse_GroupReadsUndeclaredTopic_FailsNamingGroupAndTopic()
    {
        var act = () => Parse(Canonical + "groups:\n  - id: g\n    topics: [canonical.refund.issued]\n");

        act.Should().Throw<TopicCatalogException>().Which.Errors.Should().ContainSingle()
            .Which.Should().Be($"{Source}: group 'g': reads 'canonical.refund.issued', which is not a declared topic");
    }

    [Fact]
    public void Parse_GroupTopicAlsoListedUnderTopics_FailsSayingItIsDerived()
    {
        var act = () => Parse("topics:\n  - name: in\n  - name: g.dlq\ngroups:\n  - id: g\n    topics: [in]\n");

        act.Should().Throw<TopicCatalogException>().Which.Errors.Should().ContainSingle()
            .Which.Should().Be($"{Source}: group 'g': 'g.dlq' is derived from the group; remove it from topics:");
    }

    [Theory]
    [InlineData("- topics: [in]", "group #1: id is missing")]
    [InlineData("- id: g\n    topics: []", "group 'g': topics is missing")]
    [InlineData("- id: g", "group 'g': topics is missing")]
    [InlineData("- id: g h\n    topics: [in]", "group 'g h': id may only contain")]
    [InlineData("- id: g\n    topics: [in, in]", "group 'g': reads 'in' more than once")]
    [InlineData("- id: g\n    topics: [in]\n  - id: g\n    topics: [in]", "group 'g': declared more than once")]
    public void Parse_InvalidGroup_FailsNamingGroup(string groups, string problem)
    {
        var act = () => Parse($"topics:\n  - name: in\ngroups:\n  {groups}\n");

        act.Should().Throw<TopicCatalogException>().Which.Errors.Should().ContainSingle()
            .Which.Should().StartWith($"{Source}: {problem}");
    }

    [Fact]
    public void Parse_GroupIdTooLongForItsRetryTopic_Fails()
    {
        var id = new string('g', 244);

        var act = () => Parse($"topics:\n  - name: in\ngroups:\n  - id: {id}\n    topics: [in]\n");

        act.Should().Throw<TopicCatalogException>().Which.Errors.Should().ContainSingle()
            .Which.Should().Contain("244 characters").And.Contain("at most 243");
    }

    [Fact]
    public void Parse_GroupIdOf243Characters_IsAccepted()
    {
        var id = new string('g', 243);

        Parse($"topics:\n  - name: in\ngroups:\n  - id: {id}\n    topics: [in]\n")[id + ".retry"].Name.Should().HaveLength(249);
    }

    [Fact]
    public void TopicOfEvent_DeclaredEvent_IsItsTopic()
    {
        Parse(Canonical).TopicOfEvent("OrderPlaced").Name.Should().Be("canonical.order.placed");
    }

    [Fact]
    public void TopicOfEvent_UndeclaredEvent_ThrowsNamingFileAndEvent()
    {
        var act = () => Parse(Canonical).TopicOfEvent("RefundIssued");

        act.Should().Throw<KeyNotFoundException>().WithMessage($"{Source}: no topic declares 'event: RefundIssued'*");
    }

    [Fact]
    public void Parse_EventOnTwoTopics_FailsNamingBoth()
    {
        var act = () => Parse("topics:\n  - name: a\n    event: OrderPlaced\n  - name: b\n    event: OrderPlaced\n");

        act.Should().Throw<TopicCatalogException>().Which.Errors.Should().ContainSingle()
            .Which.Should().Be($"{Source}: event 'OrderPlaced': declared on 'a' and 'b'; each event type has exactly one topic");
    }

    [Theory]
    [InlineData("order-placed")]
    [InlineData("1Order")]
    public void Parse_IllegalEventName_Fails(string name)
    {
        var act = () => Parse($"topics:\n  - name: a\n    event: \"{name}\"\n");

        act.Should().Throw<TopicCatalogException>().Which.Errors.Should().ContainSingle()
            .Which.Should().Contain("topic 'a'").And.Contain($"event '{name}' is not an event type name");
    }

    [Fact]
    public void FromDeclarations_TopicWithEvent_KeepsTheEvent()
    {
        var catalog = TopicCatalog.FromDeclarations([new TopicDeclaration { Name = "x", Event = "OrderPlaced" }]);

        catalog.TopicOfEvent("OrderPlaced").Name.Should().Be("x");
        catalog.Groups.Should().BeEmpty();
    }

    private static TopicCatalog Parse(string yaml) => TopicCatalog.Parse(yaml, Source);
}
