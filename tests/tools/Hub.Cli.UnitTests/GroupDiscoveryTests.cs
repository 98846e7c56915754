using Hub.Cli.Groups;
using Hub.Cli.Infrastructure;
using Hub.Cli.Trace;
using Hub.Messaging.Processing;
using Hub.Messaging.Redis;

namespace Hub.Cli.UnitTests;

public sealed class GroupDiscoveryTests
{
    private static readonly RedisKeys Keys = new("hub");

    [Fact]
    public void TryParseCheckpointKey_KeyBuiltByRedisKeys_RoundTrips()
    {
        var key = Keys.Checkpoint("erp-connector.customers", new PartitionRef("canonical.customer.upserted", 4)).ToString();

        GroupDiscovery.TryParseCheckpointKey(key, Keys, "hub", out var group, out var partition).Should().BeTrue();
        group.Should().Be("erp-connector.customers");
        partition.Should().Be(new PartitionRef("canonical.customer.upserted", 4));
    }

    [Theory]
    [InlineData("hub:{g}:ckpth:t:1")]
    [InlineData("other:{g}:ckpt:t:1")]
    [InlineData("hub:{g}:ckpt:t:x")]
    [InlineData("hub:{g}:ckpt:1")]
    public void TryParseCheckpointKey_OtherKeys_Rejected(string key) =>
        GroupDiscovery.TryParseCheckpointKey(key, Keys, "hub", out _, out _).Should().BeFalse();

    [Fact]
    public void Select_ConnectorName_AllItsGroups()
    {
        var groups = Groups("erp.customers", "erp.orders", "shop.orders");

        GroupDiscovery.Select(groups, "erp").Select(g => g.Group).Should().Equal("erp.customers", "erp.orders");
        GroupDiscovery.Select(groups, "erp.orders").Select(g => g.Group).Should().Equal("erp.orders");
        GroupDiscovery.Select(groups, null).Should().HaveCount(3);
    }

    [Fact]
    public void Select_UnknownConnector_BadInputListingKnownGroups()
    {
        var act = () => GroupDiscovery.Select(Groups("erp.customers"), "crm");

        act.Should().Throw<CliException>().Where(e => e.ExitCode == ExitCodes.BadInput && e.Message.Contains("erp.customers"));
    }

    [Fact]
    public void GroupInfo_RetryTopicCheckpoints_NotSourcePartitions()
    {
        var group = new GroupInfo("erp.customers", [new PartitionRef("customers", 0), new PartitionRef("erp.customers.retry", 0)]);

        group.SourceTopics.Should().Equal("customers");
        group.Connector.Should().Be("erp");
    }

    private static List<GroupInfo> Groups(params string[] names) => names.Select(n => new GroupInfo(n, [new PartitionRef("t", 0)])).ToList();
}
