namespace Hub.Connectors.Hosting.UnitTests;

public sealed class ValueTextTests
{
    [Fact]
    public void CanonicalTextOf_AddressMoneyNumberDate_AsPeopleReadThem()
    {
        var customer = OwnershipSamples.Customer("c-1", creditLimit: 9000.50m);

        CanonicalText.Of(customer["billingAddress"]).Should().Be("1 Main St, Leeds", "an address by its text line");
        CanonicalText.Of(customer["creditLimit"]).Should().Be("9000.50 GBP");
        CanonicalText.Of(1.5m).Should().Be("1.5");
        CanonicalText.Of(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero)).Should().Be("2026-03-01T09:00:00.0000000+00:00");
        CanonicalText.Of(null).Should().BeNull();
    }

    [Fact]
    public void AsText_NestedRecord_FlattenedToTargetPathsWithoutNulls()
    {
        var mapped = new Dictionary<string, object?>
        {
            ["Name"] = "Ada",
            ["TaxNumber"] = null,
            ["Amount"] = 12.50m,
            ["Address"] = new Dictionary<string, object?> { ["City"] = "Leeds", ["Region"] = null },
        };

        MappedValues.AsText(mapped).Should().BeEquivalentTo(new Dictionary<string, string?> { ["Name"] = "Ada", ["Amount"] = "12.50", ["Address.City"] = "Leeds" });
    }

    [Fact]
    public void Select_Write_OnlyTheTargetsToWrite()
    {
        var write = new OutboundWrite(new HashSet<string> { "email" }, new HashSet<string> { "first_name" }, []);

        write.Select(new Dictionary<string, string?> { ["email"] = "a@example.org", ["first_name"] = "Ada" })
            .Should().BeEquivalentTo(new Dictionary<string, string?> { ["email"] = "a@example.org" });
        write.IsEmpty.Should().BeFalse();
    }
}
