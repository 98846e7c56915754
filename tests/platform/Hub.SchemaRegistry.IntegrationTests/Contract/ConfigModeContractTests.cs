using System.Net;
using Hub.SchemaRegistry.IntegrationTests.Infrastructure;
using static Hub.SchemaRegistry.IntegrationTests.Infrastructure.TestSchemaTexts;

namespace Hub.SchemaRegistry.IntegrationTests.Contract;

public class ConfigModeContractTests
{
    [Fact]
    public async Task GetConfig_Default_IsBackward()
    {
        await using var registry = await InProcessRegistry.StartAsync();

        (await registry.Client.GetAsync("/config")).Text.Should().Be("""{"compatibilityLevel":"BACKWARD"}""");
    }

    [Fact]
    public async Task PutConfig_ValidLevel_EchoesAndApplies()
    {
        await using var registry = await InProcessRegistry.StartAsync();

        var put = await registry.Client.PutAsync("/config", new { compatibility = "full_transitive" });

        put.Text.Should().Be("""{"compatibility":"FULL_TRANSITIVE"}""");
        (await registry.Client.GetAsync("/config")).Text.Should().Be("""{"compatibilityLevel":"FULL_TRANSITIVE"}""");
        (await registry.Client.DeleteAsync("/config")).Text.Should().Be("""{"compatibilityLevel":"FULL_TRANSITIVE"}""");
        (await registry.Client.GetAsync("/config")).Text.Should().Be("""{"compatibilityLevel":"BACKWARD"}""");
    }

    [Fact]
    public async Task PutConfig_InvalidLevel_Returns42203()
    {
        await using var registry = await InProcessRegistry.StartAsync();

        var response = await registry.Client.PutAsync("/config/s", new { compatibility = "SIDEWAYS" });

        response.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.ErrorCode.Should().Be(42203);
    }

    [Fact]
    public async Task GetSubjectConfig_NotConfigured_Returns40408OrGlobalWhenAsked()
    {
        await using var registry = await InProcessRegistry.StartAsync();

        (await registry.Client.GetAsync("/config/s")).ErrorCode.Should().Be(40408);
        (await registry.Client.GetAsync("/config/s?defaultToGlobal=true")).Text.Should().Be("""{"compatibilityLevel":"BACKWARD"}""");
    }

    [Fact]
    public async Task PutSubjectConfig_None_AllowsIncompatibleRegistration()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        await registry.Client.RegisterAsync("s", V1);

        (await registry.Client.PutAsync("/config/s", new { compatibility = "NONE" })).Text.Should().Be("""{"compatibility":"NONE"}""");

        (await registry.Client.GetAsync("/config/s")).Text.Should().Be("""{"compatibilityLevel":"NONE"}""");
        (await registry.Client.RegisterAsync("s", RequiredEmail)).Should().Be(2);
    }

    [Fact]
    public async Task DeleteSubjectConfig_Configured_ReturnsPreviousAndFallsBack()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        await registry.Client.PutAsync("/config/s", new { compatibility = "FORWARD" });

        (await registry.Client.DeleteAsync("/config/s")).Text.Should().Be("""{"compatibilityLevel":"FORWARD"}""");

        (await registry.Client.GetAsync("/config/s")).ErrorCode.Should().Be(40408);
        (await registry.Client.DeleteAsync("/config/s")).ErrorCode.Should().Be(40401);
    }

    [Fact]
    public async Task GetMode_Default_IsReadWrite()
    {
        await using var registry = await InProcessRegistry.StartAsync();

        (await registry.Client.GetAsync("/mode")).Text.Should().Be("""{"mode":"READWRITE"}""");
    }

    [Fact]
    public async Task PutMode_ReadOnly_RefusesWritesButServesReads()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        await registry.Client.RegisterAsync("s", V1);

        (await registry.Client.PutAsync("/mode", new { mode = "READONLY" })).Text.Should().Be("""{"mode":"READONLY"}""");

        var register = await registry.Client.PostAsync("/subjects/s/versions", new { schema = V2 });
        register.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        register.ErrorCode.Should().Be(42205);
        (await registry.Client.DeleteAsync("/subjects/s")).ErrorCode.Should().Be(42205);
        (await registry.Client.DeleteAsync("/subjects/s/versions/1")).ErrorCode.Should().Be(42205);
        (await registry.Client.GetAsync("/subjects/s/versions/1")).Status.Should().Be(HttpStatusCode.OK);
        (await registry.Client.PostAsync("/subjects/s", new { schema = V1 })).Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PutMode_InvalidMode_Returns42204()
    {
        await using var registry = await InProcessRegistry.StartAsync();

        var response = await registry.Client.PutAsync("/mode", new { mode = "SOMETIMES" });

        response.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.ErrorCode.Should().Be(42204);
    }

    [Fact]
    public async Task PutMode_ImportWithExistingSubjects_Returns42205UnlessForced()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        await registry.Client.RegisterAsync("s", V1);

        (await registry.Client.PutAsync("/mode", new { mode = "IMPORT" })).ErrorCode.Should().Be(42205);
        (await registry.Client.PutAsync("/mode?force=true", new { mode = "IMPORT" })).Text.Should().Be("""{"mode":"IMPORT"}""");
    }

    [Fact]
    public async Task RegisterSchema_ImportModeWithExplicitId_KeepsIdAndVersion()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        await registry.Client.PutAsync("/mode", new { mode = "IMPORT" });

        var response = await registry.Client.PostAsync("/subjects/s/versions", new { schema = V1, id = 100, version = 3 });

        response.Text.Should().Be("""{"id":100}""");
        (await registry.Client.GetAsync("/subjects/s/versions/3")).Json!["id"]!.GetValue<int>().Should().Be(100);
        await registry.Client.PutAsync("/mode", new { mode = "READWRITE" });
        (await registry.Client.RegisterAsync("o", Order)).Should().Be(101);
    }

    [Fact]
    public async Task RegisterSchema_ExplicitIdOutsideImportMode_Returns42205()
    {
        await using var registry = await InProcessRegistry.StartAsync();

        (await registry.Client.PostAsync("/subjects/s/versions", new { schema = V1, id = 5 })).ErrorCode.Should().Be(42205);
    }
}
