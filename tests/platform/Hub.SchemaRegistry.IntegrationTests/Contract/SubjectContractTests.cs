using System.Net;
using Hub.SchemaRegistry.IntegrationTests.Infrastructure;
using static Hub.SchemaRegistry.IntegrationTests.Infrastructure.TestSchemaTexts;

namespace Hub.SchemaRegistry.IntegrationTests.Contract;

public class SubjectContractTests
{
    [Fact]
    public async Task RegisterSchema_NewSubject_ReturnsIdWithRegistryMediaType()
    {
        await using var registry = await InProcessRegistry.StartAsync();

        var response = await registry.Client.PostAsync("/subjects/customers-value/versions", new { schema = V1 });

        response.Status.Should().Be(HttpStatusCode.OK);
        response.ContentType.Should().Be(RegistryHttpClient.MediaType);
        response.Json!["id"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task RegisterSchema_SameSchemaTwice_ReturnsSameIdWithoutNewVersion()
    {
        await using var registry = await InProcessRegistry.StartAsync();

        var first = await registry.Client.RegisterAsync("customers-value", V1);
        var second = await registry.Client.RegisterAsync("customers-value", V1Reformatted);

        second.Should().Be(first);
        (await registry.Client.GetAsync("/subjects/customers-value/versions")).Text.Should().Be("[1]");
    }

    [Fact]
    public async Task RegisterSchema_SameSchemaOtherSubject_ReusesId()
    {
        await using var registry = await InProcessRegistry.StartAsync();

        var a = await registry.Client.RegisterAsync("a-value", V1);
        var order = await registry.Client.RegisterAsync("orders-value", Order);
        var b = await registry.Client.RegisterAsync("b-value", V1);

        b.Should().Be(a);
        order.Should().NotBe(a);
        (await registry.Client.GetAsync($"/schemas/ids/{a}/versions")).Text.Should().Be("""[{"subject":"a-value","version":1},{"subject":"b-value","version":1}]""");
    }

    [Fact]
    public async Task RegisterSchema_CompatibleEvolution_CreatesNextVersion()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        await registry.Client.RegisterAsync("c", V1);

        var id = await registry.Client.RegisterAsync("c", V2);

        id.Should().Be(2);
        var latest = await registry.Client.GetAsync("/subjects/c/versions/latest");
        latest.Json!["version"]!.GetValue<int>().Should().Be(2);
        latest.Json!["id"]!.GetValue<int>().Should().Be(2);
        latest.Json!["subject"]!.GetValue<string>().Should().Be("c");
        latest.Json!["schema"]!.GetValue<string>().Should().Be(V2);
        (await registry.Client.GetAsync("/subjects/c/versions/1/schema")).Text.Should().Be(V1);
        (await registry.Client.GetAsync("/subjects/c/versions/-1")).Json!["version"]!.GetValue<int>().Should().Be(2);
        (await registry.Client.GetAsync("/subjects")).Text.Should().Be("""["c"]""");
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/vnd.schemaregistry+json")]
    [InlineData("application/vnd.schemaregistry.v1+json")]
    public async Task RegisterSchema_AcceptedRequestMediaTypes_Succeeds(string mediaType)
    {
        await using var registry = await InProcessRegistry.StartAsync();

        var response = await registry.Client.PostAsync("/subjects/m/versions", new { schema = V1 }, mediaType);

        response.Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RegisterSchema_UnsupportedMediaType_Returns415()
    {
        await using var registry = await InProcessRegistry.StartAsync();

        var response = await registry.Client.PostRawAsync("/subjects/m/versions", "schema", "text/plain");

        response.Status.Should().Be(HttpStatusCode.UnsupportedMediaType);
        response.ErrorCode.Should().Be(415);
    }

    [Theory]
    [InlineData("""{"schema":"{\"type\":\"recor\",\"name\":\"X\"}"}""")]
    [InlineData("""{"schema":"not json"}""")]
    [InlineData("""{"schemaType":"AVRO"}""")]
    [InlineData("""{"schema":"{\"type\":\"string\"}","references":[{"name":"x","subject":"y","version":1}]}""")]
    public async Task RegisterSchema_InvalidSchema_Returns42201(string body)
    {
        await using var registry = await InProcessRegistry.StartAsync();

        var response = await registry.Client.PostRawAsync("/subjects/bad/versions", body, RegistryHttpClient.MediaType);

        response.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.ErrorCode.Should().Be(42201);
    }

    [Theory]
    [InlineData("PROTOBUF")]
    [InlineData("JSON")]
    public async Task RegisterSchema_NonAvroType_Returns42201NamingTheType(string type)
    {
        await using var registry = await InProcessRegistry.StartAsync();

        var response = await registry.Client.PostAsync("/subjects/p/versions", new { schema = "syntax = \"proto3\";", schemaType = type });

        response.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.ErrorCode.Should().Be(42201);
        response.Message.Should().Contain(type).And.Contain("AVRO");
    }

    [Fact]
    public async Task RegisterSchema_MalformedJsonBody_Returns400()
    {
        await using var registry = await InProcessRegistry.StartAsync();

        var response = await registry.Client.PostRawAsync("/subjects/x/versions", "{oops", RegistryHttpClient.MediaType);

        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.ErrorCode.Should().Be(400);
    }

    [Fact]
    public async Task RegisterSchema_Normalize_StoresNormalizedText()
    {
        await using var registry = await InProcessRegistry.StartAsync();

        await registry.Client.PostAsync("/subjects/n/versions?normalize=true", new { schema = V1Reformatted });

        (await registry.Client.GetAsync("/subjects/n/versions/1/schema")).Text
            .Should().Be("""{"name":"hub.test.Customer","type":"record","fields":[{"name":"id","type":"long"}]}""");
    }

    [Fact]
    public async Task GetVersions_UnknownSubject_Returns40401()
    {
        await using var registry = await InProcessRegistry.StartAsync();

        var response = await registry.Client.GetAsync("/subjects/ghost/versions");

        response.Status.Should().Be(HttpStatusCode.NotFound);
        response.ErrorCode.Should().Be(40401);
        response.Message.Should().Contain("ghost");
    }

    [Fact]
    public async Task GetVersion_UnknownVersion_Returns40402()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        await registry.Client.RegisterAsync("s", V1);

        var response = await registry.Client.GetAsync("/subjects/s/versions/7");

        response.Status.Should().Be(HttpStatusCode.NotFound);
        response.ErrorCode.Should().Be(40402);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("abc")]
    [InlineData("-2")]
    public async Task GetVersion_InvalidVersion_Returns42202(string version)
    {
        await using var registry = await InProcessRegistry.StartAsync();
        await registry.Client.RegisterAsync("s", V1);

        var response = await registry.Client.GetAsync($"/subjects/s/versions/{version}");

        response.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.ErrorCode.Should().Be(42202);
    }

    [Fact]
    public async Task LookupSchema_Registered_ReturnsSubjectIdVersionSchema()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        await registry.Client.RegisterAsync("s", V1);
        await registry.Client.RegisterAsync("s", V2);

        var response = await registry.Client.PostAsync("/subjects/s", new { schema = V1Reformatted });

        response.Status.Should().Be(HttpStatusCode.OK);
        response.Json!.ToJsonString().Should().Be($$"""{"subject":"s","version":1,"id":1,"schema":{{System.Text.Json.JsonSerializer.Serialize(V1)}}}""");
    }

    [Fact]
    public async Task LookupSchema_NotRegisteredUnderSubject_Returns40403()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        await registry.Client.RegisterAsync("s", V1);

        var response = await registry.Client.PostAsync("/subjects/s", new { schema = Order });

        response.Status.Should().Be(HttpStatusCode.NotFound);
        response.ErrorCode.Should().Be(40403);
    }

    [Fact]
    public async Task LookupSchema_UnknownSubject_Returns40401()
    {
        await using var registry = await InProcessRegistry.StartAsync();

        var response = await registry.Client.PostAsync("/subjects/ghost", new { schema = V1 });

        response.ErrorCode.Should().Be(40401);
    }

    [Fact]
    public async Task UnknownRoute_Returns404ErrorBody()
    {
        await using var registry = await InProcessRegistry.StartAsync();

        var response = await registry.Client.GetAsync("/no/such/thing");

        response.Status.Should().Be(HttpStatusCode.NotFound);
        response.ErrorCode.Should().Be(404);
    }
}
