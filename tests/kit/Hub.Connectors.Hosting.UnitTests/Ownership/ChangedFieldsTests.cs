using Hub.Mapping;

namespace Hub.Connectors.Hosting.UnitTests;

public sealed class ChangedFieldsTests
{
    private static readonly Dictionary<string, string?> Desired = new()
    {
        ["ref"] = "c-1", ["first_name"] = "Ada", ["email"] = "ada@example.org", ["street"] = "2 New St", ["city"] = "Leeds", ["credit_limit"] = "500", ["event_id"] = "e-1",
    };

    [Fact]
    public void Find_ReadRecord_OnlyDifferingTargetsGroupedByField()
    {
        var current = new Dictionary<string, string?>(Desired) { ["street"] = "1 Main St", ["credit_limit"] = "400", ["event_id"] = "e-0" };

        var changed = Find(TargetRecord.Read(current));

        changed.Keys.Should().BeEquivalentTo(["billingAddress", "creditLimit"]);
        changed["billingAddress"].Should().Equal("street");
    }

    [Fact]
    public void Find_UnreadRecord_EveryOwnedTargetWithAValueCounts()
    {
        var changed = Find(TargetRecord.Unread);

        changed.Keys.Should().BeEquivalentTo(["givenName", "email", "billingAddress", "creditLimit"]);
        changed["billingAddress"].Should().BeEquivalentTo(["street", "city"]);
    }

    [Fact]
    public void Find_NewRecord_OnlyFieldsGuardedOnCreate()
    {
        var changed = Find(TargetRecord.New);

        changed.Keys.Should().Equal(["creditLimit"], "only creditLimit says on-create: as-update; creating overwrites nobody's value");
    }

    private static Dictionary<string, List<string>> Find(TargetRecord target)
    {
        var canonical = OwnershipSamples.Customer("c-1");
        var change = new OutboundChange
        {
            EntityType = "customer",
            Envelope = OwnershipSamples.Envelope("c-1", "shop", DateTimeOffset.UnixEpoch),
            Canonical = canonical,
            Mapping = OwnershipSamples.Customers.Definition,
            Desired = Desired,
            Target = target,
        };
        return ChangedFields.Find(change, TargetFields.Of(change.Mapping, canonical), OwnershipSamples.Identity["customer"]);
    }
}
