namespace Hub.Connectors.Hosting.UnitTests;

public sealed class TargetFieldsTests
{
    [Fact]
    public void Of_SampleMapping_NamesTheCanonicalFieldOfEachTarget()
    {
        var fields = TargetFields.Of(OwnershipSamples.Customers.Definition, OwnershipSamples.Customer("c-1"));

        fields.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["first_name"] = "givenName",
            ["email"] = "email",
            ["phone"] = "phone",
            ["display_name"] = "displayName",
            ["street"] = "billingAddress",
            ["city"] = "billingAddress",
            ["credit_limit"] = "creditLimit",
        });
    }

    [Fact]
    public void Of_IdentityConstantAndConnectorValue_GovernedByNoField()
    {
        var fields = TargetFields.Of(OwnershipSamples.Customers.Definition, OwnershipSamples.Customer("c-1"));

        fields.Keys.Should().NotContain(["ref", "origin", "event_id"], "the entity id, a constant and a value from outside the canonical record are no owned fields");
    }
}
