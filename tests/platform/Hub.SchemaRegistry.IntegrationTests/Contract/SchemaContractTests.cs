using System.Net;
using Hub.SchemaRegistry.IntegrationTests.Infrastructure;
using static Hub.SchemaRegistry.IntegrationTests.Infrastructure.TestSchemaTexts;

namespace Hub.SchemaRegistry.IntegrationTests.Contract;

public class SchemaContractTests
{
    [Fact]
    public async Task GetSchemaById_Registered_ReturnsOriginalText()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        var id = await registry.Client.RegisterAsync("s", V1Reformatted);

        var response = await registry.Client.GetAsync($"/schemas/ids/{id}");

        response.Status.Should().Be(HttpStatusCode.OK);
        response.Json!["schema"]!.GetValue<string>().Should().Be(V1Reformatted);
        response.Json!.AsObject().ContainsKey("schemaType").Should().BeFalse("Confluent omits schemaType for AVRO");
        (await registry.Client.GetAsync($"/schemas/ids/{id}/schema")).Text.Should().Be(V1Reformatted);
    }

    [Fact]
    public async Task GetSchemaById_SubjectOfAnotherTopic_ReturnsTheSchemaAsConfluentDoes()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        var id = await registry.Client.RegisterAsync("s", V1);

        (await registry.Client.GetAsync($"/schemas/ids/{id}?subject=s")).Status.Should().Be(HttpStatusCode.OK);
        var other = await registry.Client.GetAsync($"/schemas/ids/{id}?subject=orders.retry-value");
        other.Status.Should().Be(HttpStatusCode.OK, "the subject selects a context to search, it does not filter (Confluent's deserializers send the topic's subject)");
        (await registry.Client.GetAsync($"/schemas/ids/{id}/schema?subject=other")).Text.Should().Be((await registry.Client.GetAsync($"/schemas/ids/{id}/schema")).Text);
        (await registry.Client.GetAsync($"/schemas/ids/{id + 1000}?subject=s")).ErrorCode.Should().Be(40403);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("")]
    [InlineData("maybe")]
    [InlineData("TRUE")]
    public async Task ListSubjects_NonBooleanDeletedFlag_IsReadAsConfluentReadsIt(string value)
    {
        await using var registry = await InProcessRegistry.StartAsync();
        await registry.Client.RegisterAsync("s", V1);

        var answer = await registry.Client.GetAsync($"/subjects?deleted={value}");

        answer.Status.Should().Be(HttpStatusCode.OK, "Confluent reads any value but \"true\" as false, and never answers an empty 400");
        answer.Text.Should().Be("""["s"]""");
    }

    [Theory]
    [InlineData("/schemas/ids/42")]
    [InlineData("/schemas/ids/42/schema")]
    [InlineData("/schemas/ids/42/versions")]
    [InlineData("/schemas/ids/x")]
    public async Task GetSchemaById_Unknown_Returns40403(string path)
    {
        await using var registry = await InProcessRegistry.StartAsync();

        var response = await registry.Client.GetAsync(path);

        response.Status.Should().Be(HttpStatusCode.NotFound);
        response.ErrorCode.Should().Be(40403);
    }

    [Fact]
    public async Task GetSchemaTypes_Always_ReturnsAvroOnly()
    {
        await using var registry = await InProcessRegistry.StartAsync();

        (await registry.Client.GetAsync("/schemas/types")).Text.Should().Be("""["AVRO"]""");
    }

    [Fact]
    public async Task GetSchemaSubjects_Registered_ListsSubjects()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        var id = await registry.Client.RegisterAsync("b", V1);
        await registry.Client.RegisterAsync("a", V1);

        (await registry.Client.GetAsync($"/schemas/ids/{id}/subjects")).Text.Should().Be("""["a","b"]""");
    }
}
