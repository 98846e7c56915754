using Hub.Messaging.Processing;

namespace Hub.Messaging.UnitTests.Abstractions;

public sealed class PartitionOwnersTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Orphaned_GoneHolderNoLiveOwner_ListsItsPartitionsWithTheHolder()
    {
        var dead = Instance("vm:1", Now.AddSeconds(-25), "orders:0", "orders:1", "orders:2");
        var live = Instance("vm:2", Now.AddSeconds(-2), "orders:3", "orders:4", "orders:5");

        var orphaned = PartitionOwners.Orphaned([dead, live], Now);

        orphaned.Select(o => o.Partition).Should().Equal("orders:0", "orders:1", "orders:2");
        orphaned.Should().OnlyContain(o => o.LastHolder == "vm:1" && o.LastSeen == dead.ReportedAt);
    }

    [Fact]
    public void Orphaned_PartitionsTakenOverByLiveInstance_None()
    {
        var dead = Instance("vm:1", Now.AddSeconds(-60), "orders:0", "orders:1");
        var live = Instance("vm:2", Now.AddSeconds(-1), "orders:0", "orders:1", "orders:2");

        PartitionOwners.Orphaned([dead, live], Now).Should().BeEmpty();
    }

    [Fact]
    public void Orphaned_SilentForOneMissedHeartbeatOnly_StillLiveSoNone()
    {
        var late = Instance("vm:1", Now - InstanceStatus.LiveWindow, "orders:0");

        PartitionOwners.Live([late], Now).Should().ContainSingle();
        PartitionOwners.Orphaned([late], Now).Should().BeEmpty();
    }

    [Fact]
    public void Gone_OlderThanGoneMemory_Forgotten()
    {
        var ancient = Instance("vm:1", Now - InstanceStatus.GoneMemory - TimeSpan.FromSeconds(1), "orders:0");
        var recent = Instance("vm:2", Now.AddSeconds(-30), "orders:1");

        PartitionOwners.Gone([ancient, recent], Now).Should().ContainSingle().Which.Instance.Should().Be("vm:2");
        PartitionOwners.Orphaned([ancient, recent], Now).Should().ContainSingle().Which.Partition.Should().Be("orders:1");
    }

    [Fact]
    public void Orphaned_TwoGoneHolders_NewestHolderNamedAndPartitionsInNumericOrder()
    {
        var older = Instance("vm:1", Now.AddSeconds(-90), "orders:10", "orders:2");
        var newer = Instance("vm:3", Now.AddSeconds(-20), "orders:10");

        var orphaned = PartitionOwners.Orphaned([older, newer], Now);

        orphaned.Select(o => o.Partition).Should().Equal("orders:2", "orders:10");
        orphaned.Single(o => o.Partition == "orders:10").LastHolder.Should().Be("vm:3");
    }

    [Fact]
    public void LiveOwner_OnlyLiveInstancesCount()
    {
        var dead = Instance("vm:1", Now.AddSeconds(-30), "orders:0");
        var live = Instance("vm:2", Now, "orders:1");

        PartitionOwners.LiveOwner([dead, live], "orders:0", Now).Should().BeNull();
        PartitionOwners.LiveOwner([dead, live], "orders:1", Now).Should().Be("vm:2");
    }

    private static InstanceStatus Instance(string name, DateTimeOffset reportedAt, params string[] partitions) => new()
    {
        Instance = name,
        Subscription = "orders",
        Group = "accounting-connector.orders",
        Partitions = partitions,
        ReportedAt = reportedAt,
    };
}
