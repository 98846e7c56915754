using System.Net;
using System.Text.Json.Nodes;

namespace Erp.Connector.IntegrationTests.Sandbox;

/// <summary>How the sandbox answers calls Odoo refuses: the fault names and HTTP 200 of Odoo's object service.</summary>
public class OdooFaultTests(OdooSandboxFixture sandbox) : IClassFixture<OdooSandboxFixture>
{
    private OdooSandboxProcess Odoo => sandbox.Odoo;

    [Fact]
    public async Task ExecuteKw_UnknownModel_UserErrorObjectDoesNotExist()
    {
        var answer = await Odoo.ExecuteKwAsync("res.partnr", "search", [new JsonArray()]);

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.ErrorName.Should().Be("odoo.exceptions.UserError", answer.Body.ToJsonString());
        answer.ErrorMessage.Should().Be("Object res.partnr doesn't exist");
    }

    [Fact]
    public async Task ExecuteKw_PrivateMethod_AccessError()
    {
        var answer = await Odoo.ExecuteKwAsync("res.partner", "_search", [new JsonArray()]);

        answer.ErrorName.Should().Be("odoo.exceptions.AccessError", answer.Body.ToJsonString());
        answer.ErrorMessage.Should().Contain("cannot be called remotely");
    }

    [Fact]
    public async Task ExecuteKw_UnknownMethod_AttributeError()
    {
        var answer = await Odoo.ExecuteKwAsync("res.partner", "explode", [new JsonArray()]);

        answer.ErrorName.Should().Be("builtins.AttributeError", answer.Body.ToJsonString());
        answer.ErrorMessage.Should().Contain("explode");
    }

    [Fact]
    public async Task ExecuteKw_UidAsText_IsTakenAsTheNumber()
    {
        var answer = await Odoo.ExecuteKwAsync("res.country", "search_count", [new JsonArray()], uid: "2");

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.Result!.GetValue<int>().Should().Be(8, answer.Body.ToJsonString());
    }

    [Fact]
    public async Task ExecuteKw_UidFalse_AccessDeniedOnHttp200()
    {
        var answer = await Odoo.ExecuteKwAsync("res.country", "search_count", [new JsonArray()], uid: false);

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.ErrorName.Should().Be("odoo.exceptions.AccessDenied", answer.Body.ToJsonString());
    }

    [Fact]
    public async Task ExecuteKw_UidNotANumber_ValueErrorOnHttp200()
    {
        var answer = await Odoo.ExecuteKwAsync("res.country", "search_count", [new JsonArray()], uid: "admin");

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.ErrorName.Should().Be("builtins.ValueError", answer.Body.ToJsonString());
        answer.ErrorMessage.Should().Contain("invalid literal for int()");
    }

    [Fact]
    public async Task CheckAccessRights_ReadWithoutRaising_True()
    {
        var rights = await Odoo.ResultAsync("res.partner", "check_access_rights", ["read"], new JsonObject { ["raise_exception"] = false });
        var wrongMode = await Odoo.ExecuteKwAsync("res.partner", "check_access_rights", ["delete"]);

        rights.GetValue<bool>().Should().BeTrue();
        wrongMode.ErrorName.Should().Be("builtins.ValueError", wrongMode.Body.ToJsonString());
    }

    [Fact]
    public async Task FieldsGet_WithAttributes_DescribesTypesRelationsAndSelections()
    {
        var fields = await Odoo.ResultAsync("res.partner", "fields_get", [], new JsonObject { ["attributes"] = new JsonArray("string", "type", "relation", "selection") });

        fields["country_id"]!["type"]!.ToString().Should().Be("many2one");
        fields["country_id"]!["relation"]!.ToString().Should().Be("res.country");
        fields["country_id"]!["string"]!.ToString().Should().Be("Country");
        fields["company_type"]!["selection"]![1]![0]!.ToString().Should().Be("company");
        fields["write_date"]!["type"]!.ToString().Should().Be("datetime");
        fields["name"]!.AsObject().Select(p => p.Key).Should().BeEquivalentTo(["string", "type"], "only the attributes asked for");
    }
}
