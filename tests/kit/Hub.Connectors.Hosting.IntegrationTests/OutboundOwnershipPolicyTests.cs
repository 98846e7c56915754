using Hub.Connectors.Hosting.UnitTests;
using Hub.Identity;
using Hub.Testing;
using static Hub.Connectors.Hosting.IntegrationTests.OwnershipHarness;

namespace Hub.Connectors.Hosting.IntegrationTests;

/// <summary>Each policy of the sample rules on an existing record whose values were read (the erp connector's view).</summary>
public sealed class OutboundOwnershipPolicyTests(StackFixture stack)
{
    [Fact]
    public async Task DecideAsync_SourceWinsFromNonOwner_NotWrittenAndLogged()
    {
        await using var hub = await StartAsync(stack);

        var write = await hub.CustomerAsync(OwnershipSamples.Customer("c-1", givenName: "Augusta"), "shop", Holding(OwnershipSamples.Customer("c-1")));

        write.Targets.Should().NotContain("first_name");
        write.Withheld.Should().Equal("first_name");
        write.Conflicts.Should().BeEmpty();
        hub.Log.Messages.Should().ContainSingle(m => m.StartsWith("givenName of customer c-1 not written to erp: crm owns customer.givenName (source-wins)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DecideAsync_SourceWinsQueueFromNonOwner_QueuedWithBothValues()
    {
        await using var hub = await StartAsync(stack);
        var eventId = Guid.NewGuid();

        var write = await hub.CustomerAsync(OwnershipSamples.Customer("c-1", email: "ada@new.example"), "shop", Holding(OwnershipSamples.Customer("c-1")), eventId: eventId);

        write.Targets.Should().NotContain("email");
        var conflict = write.Conflicts.Should().ContainSingle().Subject;
        conflict.Should().BeEquivalentTo(new
        {
            EntityType = "customer", CanonicalId = "c-1", Field = "email", CurrentValue = "ada@example.org", ProposedValue = "ada@new.example",
            ProposingSystem = "shop", OwnerSystem = "crm", CorrelationId = "corr-c-1", OccurredAt = Noon, Status = ConflictStatus.Pending,
        });
        conflict.ConflictId.Should().Be(OutboundOwnership.ConflictIdFor(OwnershipSamples.Envelope("c-1", "shop", Noon, eventId), "email"));
        conflict.Reason.Should().Contain("crm owns customer.email").And.Contain("current value as erp holds it");
        (await hub.Conflicts.ListPendingAsync()).Should().ContainSingle().Which.ConflictId.Should().Be(conflict.ConflictId);
        hub.Published.Published.Should().ContainSingle();
    }

    [Fact]
    public async Task DecideAsync_ManualFromNonOwner_WholeFieldQueuedNotWritten()
    {
        await using var hub = await StartAsync(stack);

        var write = await hub.CustomerAsync(OwnershipSamples.Customer("c-1", street: "2 New St"), "crm", Holding(OwnershipSamples.Customer("c-1")));

        write.Targets.Should().BeEmpty("the street is the only change, and the ERP owns the billing address (manual)");
        write.Withheld.Should().Equal("street");
        var conflict = write.Conflicts.Should().ContainSingle().Subject;
        (conflict.Field, conflict.CurrentValue, conflict.ProposedValue, conflict.OwnerSystem).Should().Be(("billingAddress", "1 Main St, Leeds", "2 New St, Leeds", "erp"));
    }

    [Fact]
    public async Task DecideAsync_LastWriteWins_NewerWrittenStaleIgnored()
    {
        await using var hub = await StartAsync(stack);
        var held = Holding(OwnershipSamples.Customer("c-1"));
        var changed = OwnershipSamples.Customer("c-1");
        changed["phone"] = "+442";

        var newer = await hub.CustomerAsync(changed, "shop", held, Noon);
        var stale = await hub.CustomerAsync(changed, "crm", held, Noon.AddMinutes(-5));

        newer.Targets.Should().Equal("phone");
        stale.Targets.Should().BeEmpty();
        stale.Withheld.Should().Equal("phone");
        stale.Conflicts.Should().BeEmpty();
        hub.Log.Messages.Should().Contain(m => m.Contains("phone of customer c-1 not written to erp: stale", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DecideAsync_UnlistedFields_AppliedOrRejectedAsTheEntityConfigures()
    {
        await using var hub = await StartAsync(stack);
        var customer = OwnershipSamples.Customer("c-1");
        customer["displayName"] = "Countess of Lovelace";

        var customerWrite = await hub.CustomerAsync(customer, "shop", Holding(OwnershipSamples.Customer("c-1")));
        var productWrite = await hub.Ownership.DecideAsync(Product("p-1", "shop"), TestContext.Current.CancellationToken);

        customerWrite.Targets.Should().Equal("display_name");
        productWrite.Targets.Should().BeEmpty("colour is unlisted and products reject unlisted fields; the name is the ERP's");
        productWrite.Withheld.Should().BeEquivalentTo(["colour", "title"]);
    }

    [Fact]
    public async Task DecideAsync_ChangesFromTheirOwner_AllWrittenNothingQueued()
    {
        await using var hub = await StartAsync(stack);
        var fromCrm = OwnershipSamples.Customer("c-1", givenName: "Augusta", email: "augusta@example.org");
        var fromErp = OwnershipSamples.Customer("c-1", street: "2 New St", creditLimit: 900m);

        var crmWrite = await hub.CustomerAsync(fromCrm, "crm", Holding(OwnershipSamples.Customer("c-1")));
        var erpWrite = await hub.CustomerAsync(fromErp, "erp", Holding(OwnershipSamples.Customer("c-1")));
        var productWrite = await hub.Ownership.DecideAsync(Product("p-1", "erp", colour: null), TestContext.Current.CancellationToken);

        crmWrite.Targets.Should().BeEquivalentTo(["first_name", "display_name", "email"]);
        erpWrite.Targets.Should().BeEquivalentTo(["street", "credit_limit"]);
        productWrite.Targets.Should().Equal("title");
        (crmWrite.Withheld.Count + erpWrite.Withheld.Count + crmWrite.Conflicts.Count + erpWrite.Conflicts.Count).Should().Be(0);
    }

    private static OutboundChange Product(string id, string source, string? colour = "red")
    {
        var canonical = new Dictionary<string, object?> { ["entityId"] = id, ["name"] = "Widget", ["colour"] = colour };
        return new OutboundChange
        {
            EntityType = "product",
            Envelope = OwnershipSamples.Envelope(id, source, Noon),
            Canonical = canonical,
            Mapping = OwnershipSamples.Products.Definition,
            Desired = MappedValues.AsText(OwnershipSamples.Products.Map(canonical).RecordOrThrow()),
            Target = TargetRecord.Read(new Dictionary<string, string?> { ["ref"] = id, ["title"] = "Old widget", ["colour"] = "blue" }),
        };
    }
}
