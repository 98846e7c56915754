using Hub.Connectors.Hosting.UnitTests;
using Hub.Testing;
using static Hub.Connectors.Hosting.IntegrationTests.OwnershipHarness;

namespace Hub.Connectors.Hosting.IntegrationTests;

/// <summary>What counts as a change: a new record, a record that was read, a record that cannot be read; redelivery.</summary>
public sealed class OutboundOwnershipRecordTests(StackFixture stack)
{
    [Fact]
    public async Task DecideAsync_NewRecordFromNonOwner_EverythingWrittenButFieldsGuardedOnCreate()
    {
        await using var hub = await StartAsync(stack);

        var write = await hub.CustomerAsync(OwnershipSamples.Customer("c-1"), "shop", TargetRecord.New);

        write.Targets.Should().BeEquivalentTo(["ref", "first_name", "email", "phone", "display_name", "street", "city", "event_id", "origin"],
            "creating a record overwrites nobody's value; only creditLimit (on-create: as-update) is judged, and the shop does not own it");
        write.Withheld.Should().Equal("credit_limit");
        write.Conflicts.Should().BeEmpty();
    }

    [Fact]
    public async Task DecideAsync_NewRecordFromOwnerOfGuardedField_WritesIt()
    {
        await using var hub = await StartAsync(stack);

        var write = await hub.CustomerAsync(OwnershipSamples.Customer("c-1"), "erp", TargetRecord.New);

        write.Targets.Should().Contain("credit_limit");
        write.Withheld.Should().BeEmpty();
    }

    [Fact]
    public async Task DecideAsync_UnreadRecord_EveryValueJudged()
    {
        await using var hub = await StartAsync(stack, targetSystem: "legacy");

        var write = await hub.CustomerAsync(OwnershipSamples.Customer("c-1"), "shop", TargetRecord.Unread);

        write.Targets.Should().BeEquivalentTo(["phone", "display_name", "ref", "event_id", "origin"],
            "last-write-wins and unlisted fields apply, values no ownership governs are written; the rest the shop does not own");
        write.Withheld.Should().BeEquivalentTo(["first_name", "email", "street", "city", "credit_limit"]);
        write.Conflicts.Select(c => (c.Field, c.CurrentValue)).Should().BeEquivalentTo(new[] { ("email", (string?)null), ("billingAddress", null) },
            "nobody knows the legacy system's value");
        write.Conflicts.Should().OnlyContain(c => !c.Reason!.Contains("holds it", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DecideAsync_ReadRecordWithBlanks_FillsThemWithoutConflictsButKeepsFieldsGuardedOnCreate()
    {
        await using var hub = await StartAsync(stack);
        var customer = OwnershipSamples.Customer("c-1", email: "ada@shop.example");
        var held = new Dictionary<string, string?>(Holding(customer).Values!) { ["email"] = null, ["credit_limit"] = "" };

        var write = await hub.CustomerAsync(customer, "shop", TargetRecord.Read(held));

        write.Targets.Should().Equal(["email"], "filling a blank overwrites nobody's value, like creating the record");
        write.Withheld.Should().Equal("credit_limit");
        write.Conflicts.Should().BeEmpty();
    }

    [Fact]
    public async Task DecideAsync_UnchangedReadRecord_NothingWrittenNothingQueued()
    {
        await using var hub = await StartAsync(stack);
        var customer = OwnershipSamples.Customer("c-1", email: "ada@shop.example");

        var write = await hub.CustomerAsync(customer, "shop", Holding(customer));

        write.IsEmpty.Should().BeTrue();
        write.Withheld.Should().BeEmpty();
        (await hub.Conflicts.ListPendingAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task DecideAsync_ReadRecordWithOtherIdentityAndConstant_WritesThemAsNoOwnershipGovernsThem()
    {
        await using var hub = await StartAsync(stack);
        var customer = OwnershipSamples.Customer("c-1");
        var current = MappedValues.AsText(OwnershipSamples.Customers.Map(OwnershipSamples.Source(customer)).RecordOrThrow());
        current.Remove("ref");
        current["origin"] = "typed-in";

        var write = await hub.CustomerAsync(customer, "shop", TargetRecord.Read(current));

        write.Targets.Should().BeEquivalentTo(["ref", "origin"]);
        write.Withheld.Should().BeEmpty();
    }

    [Fact]
    public async Task DecideAsync_RedeliveredEvent_RaisesTheSameConflictOnce()
    {
        await using var hub = await StartAsync(stack);
        var eventId = Guid.NewGuid();
        var customer = OwnershipSamples.Customer("c-1", email: "ada@new.example", street: "2 New St");
        var held = Holding(OwnershipSamples.Customer("c-1"));

        var first = await hub.CustomerAsync(customer, "shop", held, eventId: eventId);
        var again = await hub.CustomerAsync(customer, "shop", held, eventId: eventId);

        again.Conflicts.Select(c => c.ConflictId).Should().BeEquivalentTo(first.Conflicts.Select(c => c.ConflictId));
        (await hub.Conflicts.ListPendingAsync()).Should().HaveCount(2, "one conflict per field (email, billingAddress), not per delivery");
    }
}
