using Hub.Topics;

namespace Hub.Topics.UnitTests;

public sealed class TopicCatalogValidationTests
{
    private const string Source = "/repo/contracts/topics.yaml";

    [Theory]
    [InlineData("orders placed")]
    [InlineData("orders/placed")]
    [InlineData("bestellung.größe")]
    [InlineData("..")]
    public void Parse_IllegalTopicName_FailsNamingFileAndTopic(string name)
    {
        var act = () => Parse($"topics:\n  - name: \"{name}\"\n");

        act.Should().Throw<TopicCatalogException>()
            .Which.Errors.Should().ContainSingle()
            .Which.Should().Contain(Source).And.Contain($"'{name}'").And.Contain("letters, digits");
    }

    [Fact]
    public void Parse_NameLongerThan249_Fails()
    {
        var name = new string('a', 250);

        var act = () => Parse($"topics:\n  - name: {name}\n");

        act.Should().Throw<TopicCatalogException>().Which.Errors.Should().ContainSingle()
            .Which.Should().Contain(Source).And.Contain("250 characters").And.Contain("249");
    }

    [Fact]
    public void Parse_NameOf249Characters_IsAccepted()
    {
        var name = new string('a', 249);

        Parse($"topics:\n  - name: {name}\n").Topics.Should().ContainSingle();
    }

    [Fact]
    public void Parse_MissingName_FailsNamingEntryIndex()
    {
        var act = () => Parse("topics:\n  - name: ok\n  - partitions: 2\n");

        act.Should().Throw<TopicCatalogException>().Which.Errors.Should().ContainSingle()
            .Which.Should().Contain(Source).And.Contain("topic #2").And.Contain("name is missing");
    }

    [Fact]
    public void Parse_DuplicateTopic_Fails()
    {
        var act = () => Parse("topics:\n  - name: dup\n  - name: other\n  - name: dup\n");

        act.Should().Throw<TopicCatalogException>().Which.Errors.Should().ContainSingle()
            .Which.Should().Be($"{Source}: topic 'dup': declared more than once");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Parse_PartitionsBelowOne_Fails(int partitions)
    {
        var act = () => Parse($"topics:\n  - name: t\n    partitions: {partitions}\n");

        act.Should().Throw<TopicCatalogException>().Which.Errors.Should().ContainSingle()
            .Which.Should().Contain(Source).And.Contain("topic 't'").And.Contain("partitions must be at least 1");
    }

    [Fact]
    public void Parse_DefaultPartitionsBelowOne_FailsForEveryTopicUsingIt()
    {
        var act = () => Parse("defaults:\n  partitions: 0\ntopics:\n  - name: a\n  - name: b\n    partitions: 2\n");

        act.Should().Throw<TopicCatalogException>().Which.Errors.Should().ContainSingle()
            .Which.Should().Contain("topic 'a'");
    }

    [Fact]
    public void Parse_ReplicationFactorBelowOne_Fails()
    {
        var act = () => Parse("topics:\n  - name: t\n    replication_factor: 0\n");

        act.Should().Throw<TopicCatalogException>().Which.Errors.Should().ContainSingle()
            .Which.Should().Contain(Source).And.Contain("topic 't'").And.Contain("replication_factor must be at least 1");
    }

    [Fact]
    public void Parse_UnknownCleanupPolicy_FailsListingLegalValues()
    {
        var act = () => Parse("topics:\n  - name: t\n    cleanup_policy: compacted\n");

        act.Should().Throw<TopicCatalogException>().Which.Errors.Should().ContainSingle()
            .Which.Should().Contain(Source).And.Contain("topic 't'").And.Contain("'compacted'")
            .And.Contain("'compact,delete'");
    }

    [Fact]
    public void Parse_RetentionBelowMinusOne_Fails()
    {
        var act = () => Parse("topics:\n  - name: t\n    retention_ms: -2\n");

        act.Should().Throw<TopicCatalogException>().Which.Errors.Should().ContainSingle()
            .Which.Should().Contain("topic 't'").And.Contain("retention_ms");
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsAllInOneException()
    {
        var act = () => Parse("topics:\n  - name: a b\n    partitions: 0\n  - name: c\n    cleanup_policy: x\n");

        var ex = act.Should().Throw<TopicCatalogException>().Which;
        ex.Errors.Should().HaveCount(3);
        ex.Message.Should().Contain("3 problem(s)").And.Contain("topic 'a b'").And.Contain("topic 'c'");
    }

    [Fact]
    public void Parse_MisspelledField_FailsWithLine()
    {
        var act = () => Parse("topics:\n  - name: t\n    partitons: 3\n");

        act.Should().Throw<TopicCatalogException>().WithMessage($"{Source}: line 3*partitons*");
    }

    [Fact]
    public void Parse_NoTopicsList_Fails()
    {
        var act = () => Parse("defaults:\n  partitions: 3\n");

        act.Should().Throw<TopicCatalogException>().WithMessage($"{Source}: the file has no 'topics:' list.");
    }

    [Fact]
    public void Load_MissingFile_FailsNamingPath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.yaml");

        var act = () => TopicCatalog.Load(path);

        act.Should().Throw<TopicCatalogException>().WithMessage($"{path}: the topics file does not exist.");
    }

    private static TopicCatalog Parse(string yaml) => TopicCatalog.Parse(yaml, Source);
}
