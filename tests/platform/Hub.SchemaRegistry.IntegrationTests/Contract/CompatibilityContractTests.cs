using System.Net;
using Hub.SchemaRegistry.IntegrationTests.Infrastructure;
using static Hub.SchemaRegistry.IntegrationTests.Infrastructure.TestSchemaTexts;

namespace Hub.SchemaRegistry.IntegrationTests.Contract;

public class CompatibilityContractTests
{
    [Fact]
    public async Task RegisterSchema_IncompatibleUnderBackward_Returns409WithReadableMessage()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        await registry.Client.RegisterAsync("s", V1);

        var response = await registry.Client.PostAsync("/subjects/s/versions", new { schema = RequiredEmail });

        response.Status.Should().Be(HttpStatusCode.Conflict);
        response.ErrorCode.Should().Be(409);
        response.Message.Should().Contain("incompatible").And.Contain("'email'").And.Contain("/fields/1").And.Contain("version 1");
        (await registry.Client.GetAsync("/subjects/s/versions")).Text.Should().Be("[1]");
    }

    [Fact]
    public async Task TestCompatibility_Verbose_ReturnsMessages()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        await registry.Client.RegisterAsync("s", V1);

        var bad = await registry.Client.PostAsync("/compatibility/subjects/s/versions/latest?verbose=true", new { schema = RequiredEmail });
        var good = await registry.Client.PostAsync("/compatibility/subjects/s/versions/1?verbose=true", new { schema = V2 });

        bad.Json!["is_compatible"]!.GetValue<bool>().Should().BeFalse();
        bad.Json!["messages"]!.AsArray().Should().ContainSingle().Which!.GetValue<string>().Should().Contain("email");
        good.Text.Should().Be("""{"is_compatible":true,"messages":[]}""");
    }

    [Fact]
    public async Task TestCompatibility_NotVerbose_ReturnsOnlyFlag()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        await registry.Client.RegisterAsync("s", V1);

        var response = await registry.Client.PostAsync("/compatibility/subjects/s/versions/latest", new { schema = RequiredEmail });

        response.Status.Should().Be(HttpStatusCode.OK);
        response.Text.Should().Be("""{"is_compatible":false}""");
    }

    [Fact]
    public async Task TestCompatibility_AllVersionsOfEmptySubject_IsCompatible()
    {
        await using var registry = await InProcessRegistry.StartAsync();

        var response = await registry.Client.PostAsync("/compatibility/subjects/new/versions", new { schema = V1 });

        response.Text.Should().Be("""{"is_compatible":true}""");
    }

    [Fact]
    public async Task TestCompatibility_ErrorPaths_ReturnConfluentCodes()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        await registry.Client.RegisterAsync("s", V1);

        (await registry.Client.PostAsync("/compatibility/subjects/ghost/versions/latest", new { schema = V1 })).ErrorCode.Should().Be(40401);
        (await registry.Client.PostAsync("/compatibility/subjects/s/versions/5", new { schema = V1 })).ErrorCode.Should().Be(40402);
        (await registry.Client.PostAsync("/compatibility/subjects/s/versions/x", new { schema = V1 })).ErrorCode.Should().Be(42202);
        (await registry.Client.PostAsync("/compatibility/subjects/s/versions/1", new { schema = "{\"type\":\"nope\"}" })).ErrorCode.Should().Be(42201);
    }

    [Fact]
    public async Task RegisterSchema_TransitiveLevel_ChecksAllVersions()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        const string withCode = """{"type":"record","name":"Customer","namespace":"hub.test","fields":[{"name":"id","type":"long"},{"name":"code","type":"int"}]}""";
        const string codeAsString = """{"type":"record","name":"Customer","namespace":"hub.test","fields":[{"name":"id","type":"long"},{"name":"code","type":"string","default":""}]}""";
        await registry.Client.PutAsync("/config/t", new { compatibility = "BACKWARD_TRANSITIVE" });
        await registry.Client.RegisterAsync("t", withCode);
        await registry.Client.RegisterAsync("t", V1);

        var response = await registry.Client.PostAsync("/subjects/t/versions", new { schema = codeAsString });

        response.ErrorCode.Should().Be(409);
        response.Message.Should().Contain("version 1");
    }
}
