using System.Net;
using System.Text.Json.Nodes;
using Erp.Connector.Odoo;
using Erp.Connector.Outbound;
using Hub.Connectors.Hosting;

namespace Erp.Connector.UnitTests;

/// <summary>A partner read from the ERP in the mapping's form, so ownership sees only real changes.</summary>
public class PartnerStateTests
{
    [Fact]
    public async Task Current_PartnerHoldingTheEventsValues_EqualsTheDesiredValues()
    {
        var (desired, values) = await MappedAsync();

        var current = PartnerState.Current(Partner(), values, desired);

        current.Should().BeEquivalentTo(desired, "country and category match by record id, the credit limit by amount, active as a boolean");
    }

    [Fact]
    public async Task Current_OtherReferencesAndValues_ShownAsTheErpHoldsThem()
    {
        var (desired, values) = await MappedAsync();
        var partner = Partner();
        partner["country_id"] = new JsonArray(12, "France");
        partner["category_id"] = new JsonArray(3, 7);
        partner["active"] = false;
        partner["credit_limit"] = 0.0;
        partner["email"] = false;

        var current = PartnerState.Current(partner, values, desired);

        current["country_code"].Should().Be("France");
        current["category"].Should().Be("3, 7");
        current["active"].Should().Be("false");
        current["credit_limit"].Should().Be("0");
        current["email"].Should().BeNull("Odoo answers false for an empty text field");
    }

    [Fact]
    public async Task Select_SomeTargets_TheirPartnerFieldsAndTheRef()
    {
        var (_, values) = await MappedAsync();

        var selected = PartnerValues.Select(values, new HashSet<string> { "country_code", "phone" });

        selected.Select(p => p.Key).Should().BeEquivalentTo(["ref", "country_id", "phone"]);
        selected["country_id"]!.GetValue<int>().Should().Be(57);
    }

    [Fact]
    public void Fields_ErpMapping_ReadsTheRecordReferencesNotTheCodes()
    {
        var fields = PartnerState.Fields(CustomerMappingTests.Mappings[CustomerUpsertedHandler.MappingName].Definition);

        fields.Should().Contain(["id", "ref", "country_id", "category_id", "credit_limit", "street"]).And.NotContain(["country_code", "category"]);
    }

    /// <summary>The sample customer mapped, and the res.partner values built against a stub ERP (Germany = 57, Key Account = 7).</summary>
    private static async Task<(Dictionary<string, string?> Desired, JsonObject Values)> MappedAsync()
    {
        var mapped = CustomerMappingTests.Mappings[CustomerUpsertedHandler.MappingName].Map(CanonicalCustomerRecord.From(CustomerMappingTests.Customer())).RecordOrThrow();
        var stub = new StubOdoo().Answer("login.response.json")
            .Answer(HttpStatusCode.OK, """{"jsonrpc":"2.0","id":2,"result":[{"id":57}]}""")
            .Answer(HttpStatusCode.OK, """{"jsonrpc":"2.0","id":3,"result":[{"id":7}]}""");
        var values = await PartnerValues.BuildAsync(mapped, "cust-42", ClientFactory.Create(stub), new ErpReferenceData(), TestContext.Current.CancellationToken);
        return (MappedValues.AsText(mapped), values);
    }

    private static JsonObject Partner() => new()
    {
        ["id"] = 9, ["ref"] = "cust-42", ["name"] = "Lovelace Analytical Engines Ltd", ["company_type"] = "company", ["email"] = "ada@example.org",
        ["phone"] = "+442079460000", ["street"] = "1 Main St", ["street2"] = false, ["zip"] = "10115", ["city"] = "Berlin",
        ["country_id"] = new JsonArray(57, "Germany"), ["vat"] = false, ["lang"] = "de_DE", ["category_id"] = new JsonArray(7),
        ["credit_limit"] = 5000.0, ["active"] = true,
    };
}
