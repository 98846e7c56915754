using System.Net;
using System.Text.Json.Nodes;
using Erp.Connector.Odoo;
using Hub.Connectors.Hosting;
using Hub.Messaging.Errors;

namespace Erp.Connector.UnitTests;

/// <summary>The client against Odoo's documented execute_kw requests and answers (Fixtures/).</summary>
public class OdooClientContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task CreateAsync_DocumentedExample_SendsLoginThenExecuteKwAndReturnsId()
    {
        var stub = new StubOdoo().Answer("login.response.json").Answer("create.response.json");

        var id = await ClientFactory.Create(stub).CreateAsync("res.partner", new JsonObject { ["name"] = "New Partner" }, None);

        id.Should().Be(78);
        JsonNode.DeepEquals(stub.Requests[0]["params"], Fixture.Json("login.request.json")["params"]).Should().BeTrue(stub.Requests[0].ToJsonString());
        JsonNode.DeepEquals(stub.Requests[1]["params"], Fixture.Json("create.request.json")["params"]).Should().BeTrue(stub.Requests[1].ToJsonString());
        stub.Requests[1]["jsonrpc"]!.ToString().Should().Be("2.0");
        stub.Requests[1]["method"]!.ToString().Should().Be("call");
    }

    [Fact]
    public async Task SearchReadAsync_DocumentedExample_SendsDomainAndFieldsAndReadsManyToOnePairs()
    {
        var stub = new StubOdoo().Answer("login.response.json").Answer("search_read.response.json");

        var rows = await ClientFactory.Create(stub).SearchReadAsync(
            "res.partner", new JsonArray(new JsonArray("is_company", "=", true)), ["name", "country_id", "comment"], None, limit: 5);

        JsonNode.DeepEquals(stub.Requests[1]["params"], Fixture.Json("search_read.request.json")["params"]).Should().BeTrue(stub.Requests[1].ToJsonString());
        rows.Should().HaveCount(5);
        rows[0]!["name"]!.ToString().Should().Be("Agrolait");
        rows[0]!["country_id"]![1]!.ToString().Should().Be("Belgium");
    }

    [Fact]
    public async Task WriteAsync_DocumentedExample_SendsIdsAndValues()
    {
        var stub = new StubOdoo().Answer("login.response.json").Answer("write.response.json");

        await ClientFactory.Create(stub).WriteAsync("res.partner", 78, new JsonObject { ["name"] = "Newer partner" }, None);

        JsonNode.DeepEquals(stub.Requests[1]["params"], Fixture.Json("write.request.json")["params"]).Should().BeTrue(stub.Requests[1].ToJsonString());
    }

    [Fact]
    public async Task CreateAsync_ValidationError_IsPermanentWithOdooReason()
    {
        var stub = new StubOdoo().Answer("login.response.json").Answer("error.validation.response.json");

        var act = () => ClientFactory.Create(stub).CreateAsync("res.partner", [], None);

        var error = (await act.Should().ThrowAsync<OdooRejectedException>()).Which;
        error.Should().BeAssignableTo<PermanentEventException>();
        error.ReasonCode.Should().Be("odoo-ValidationError");
        error.Message.Should().Contain("Contacts require a name");
    }

    [Fact]
    public async Task CreateAsync_AccessDenied_IsPermanent()
    {
        var stub = new StubOdoo().Answer("login.response.json").Answer("error.access-denied.response.json");

        var act = () => ClientFactory.Create(stub).CreateAsync("res.partner", [], None);

        (await act.Should().ThrowAsync<OdooRejectedException>()).Which.ErrorName.Should().Be("odoo.exceptions.AccessDenied");
    }

    [Fact]
    public async Task LoginAsync_RefusedLogin_IsPermanentAccessDenied()
    {
        var stub = new StubOdoo().Answer(HttpStatusCode.OK, """{"jsonrpc":"2.0","id":1,"result":false}""");

        var act = () => ClientFactory.Create(stub).CreateAsync("res.partner", [], None);

        (await act.Should().ThrowAsync<OdooRejectedException>()).Which.ReasonCode.Should().Be(ExternalApiRejectedException.AuthFailed);
    }

    [Fact]
    public async Task CreateAsync_SerializationFailure_IsTransient()
    {
        var stub = new StubOdoo().Answer("login.response.json").Answer("error.serialization.response.json");

        var act = () => ClientFactory.Create(stub).CreateAsync("res.partner", [], None);

        await act.Should().ThrowAsync<ExternalApiUnavailableException>();
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task CreateAsync_BatchWindowOrRateLimit_IsUnavailableWithRetryAfter(HttpStatusCode status)
    {
        var stub = new StubOdoo().Answer("login.response.json").Answer(status, """{"error":"busy"}""", TimeSpan.FromSeconds(7));

        var act = () => ClientFactory.Create(stub).CreateAsync("res.partner", [], None);

        var error = (await act.Should().ThrowAsync<ExternalApiUnavailableException>()).Which;
        error.Status.Should().Be(status);
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
    }
}
