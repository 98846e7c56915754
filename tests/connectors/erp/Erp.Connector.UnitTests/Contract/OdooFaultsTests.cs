using System.Text.Json.Nodes;
using Erp.Connector.Odoo;
using Hub.Connectors.Hosting;

namespace Erp.Connector.UnitTests.Contract;

/// <summary>Odoo's documented JSON-RPC fault shape (HTTP 200 with "error"), as <see cref="OdooFaults"/> reads it.</summary>
public sealed class OdooFaultsTests
{
    private static JsonNode Fault(string name, string message) => JsonNode.Parse("""
        {"jsonrpc":"2.0","id":7,"error":{"code":200,"message":"Odoo Server Error",
         "data":{"name":"NAME","debug":"Traceback (most recent call last):\n  ...\nNAME: MESSAGE\n","message":"MESSAGE","arguments":["MESSAGE"],"context":{}}}}
        """.Replace("NAME", name, StringComparison.Ordinal).Replace("MESSAGE", message, StringComparison.Ordinal))!;

    [Theory]
    [InlineData("odoo.exceptions.UserError", "You cannot delete a confirmed sale order.", "odoo-UserError")]
    [InlineData("odoo.exceptions.ValidationError", "The VAT number is not valid.", "odoo-ValidationError")]
    [InlineData("odoo.exceptions.AccessError", "You are not allowed to modify 'Contact' (res.partner) records.", "odoo-AccessError")]
    [InlineData("odoo.exceptions.MissingError", "Record does not exist or has been deleted.", "odoo-MissingError")]
    public void FromAnswer_RefusalFault_RejectedWithReasonAndOdoosMessage(string name, string message, string reasonCode)
    {
        var rejected = OdooFaults.FromAnswer(Fault(name, message), "write res.partner").Should().BeOfType<OdooRejectedException>().Which;

        rejected.ReasonCode.Should().Be(reasonCode);
        rejected.ErrorName.Should().Be(name);
        rejected.Message.Should().Be($"erp refused write res.partner: {name}: {message}");
    }

    [Fact]
    public void FromAnswer_AccessDenied_AuthFailed()
    {
        var rejected = OdooFaults.FromAnswer(Fault("odoo.exceptions.AccessDenied", "Access Denied"), "search_read sale.order").Should().BeOfType<OdooRejectedException>().Which;

        rejected.ReasonCode.Should().Be(ExternalApiRejectedException.AuthFailed);
    }

    [Theory]
    [InlineData("psycopg2.errors.SerializationFailure")]
    [InlineData("psycopg2.errors.LockNotAvailable")]
    [InlineData("psycopg2.errors.DeadlockDetected")]
    public void FromAnswer_DatabaseContention_Unavailable(string name)
    {
        var error = OdooFaults.FromAnswer(Fault(name, "could not serialize access due to concurrent update"), "write stock.quant");

        error.Should().BeOfType<ExternalApiUnavailableException>().Which.Message.Should().Contain(name);
    }

    [Fact]
    public void FromAnswer_Result_IsNoFault()
    {
        OdooFaults.FromAnswer(JsonNode.Parse("""{"jsonrpc":"2.0","id":7,"result":[{"id":1,"name":"S00001"}]}"""), "search_read sale.order").Should().BeNull();
    }

    [Fact]
    public void LoginRefused_AuthFailedNamingLoginAndDatabase()
    {
        var rejected = OdooFaults.LoginRefused("connector@example.com", "prod");

        rejected.ReasonCode.Should().Be(ExternalApiRejectedException.AuthFailed);
        rejected.Message.Should().Contain("connector@example.com").And.Contain("prod");
    }
}
