using Crm.Connector.Outbound;
using Hub.Identity;

namespace Crm.Connector.UnitTests;

public class OwnedChangesTests
{
    private static IReadOnlyDictionary<string, string> FieldOf => OwnedChanges.FieldsOf(Fixtures.Mappings[CustomerToContactHandler.Mapping].Definition);

    [Fact]
    public void FieldsOf_OutboundMapping_NamesTheCanonicalFieldOfEachProperty()
    {
        FieldOf["firstname"].Should().Be("givenName");
        FieldOf["address"].Should().Be("billingAddress");
        FieldOf["country"].Should().Be("billingAddress");
        FieldOf["credit_limit"].Should().Be("creditLimit");
        FieldOf["currency"].Should().Be("creditLimit");
    }

    [Fact]
    public void Differences_OnlyChangedProperties_GroupedByField()
    {
        var desired = new Dictionary<string, string?> { ["firstname"] = "Ada", ["lastname"] = "Byron", ["credit_limit"] = "10.00", ["currency"] = "GBP" };
        var current = new Dictionary<string, string?> { ["firstname"] = "Ada", ["lastname"] = "Lovelace", ["credit_limit"] = "5.00", ["currency"] = "GBP" };

        var differences = OwnedChanges.Differences(desired, current, FieldOf);

        differences.Keys.Should().BeEquivalentTo(["familyName", "creditLimit"]);
        differences["creditLimit"].Should().Equal("credit_limit");
    }

    [Fact]
    public void Allowed_OnlyAppliedFields_AreWritten()
    {
        var desired = new Dictionary<string, string?> { ["lastname"] = "Byron", ["credit_limit"] = "10.00" };
        var differences = new Dictionary<string, List<string>> { ["familyName"] = ["lastname"], ["creditLimit"] = ["credit_limit"] };
        var evaluation = new OwnershipEvaluation("customer", "cust-1", "erp",
        [
            new FieldDecision("familyName", FieldVerdict.Reject, "crm owns customer.familyName", "Byron"),
            new FieldDecision("creditLimit", FieldVerdict.Apply, "erp owns customer.creditLimit", 10m),
        ]);

        OwnedChanges.Allowed(evaluation, differences, desired).Should().BeEquivalentTo(new Dictionary<string, string?> { ["credit_limit"] = "10.00" });
    }
}
