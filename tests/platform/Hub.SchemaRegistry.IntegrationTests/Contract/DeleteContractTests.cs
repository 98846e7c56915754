using System.Net;
using Hub.SchemaRegistry.IntegrationTests.Infrastructure;
using static Hub.SchemaRegistry.IntegrationTests.Infrastructure.TestSchemaTexts;

namespace Hub.SchemaRegistry.IntegrationTests.Contract;

public class DeleteContractTests
{
    [Fact]
    public async Task DeleteSubject_Soft_ReturnsVersionsAndHidesSubject()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        await registry.Client.RegisterAsync("s", V1);
        await registry.Client.RegisterAsync("s", V2);

        var response = await registry.Client.DeleteAsync("/subjects/s");

        response.Text.Should().Be("[1,2]");
        (await registry.Client.GetAsync("/subjects")).Text.Should().Be("[]");
        (await registry.Client.GetAsync("/subjects?deleted=true")).Text.Should().Be("""["s"]""");
        (await registry.Client.GetAsync("/subjects/s/versions")).ErrorCode.Should().Be(40401);
        (await registry.Client.GetAsync("/subjects/s/versions?deleted=true")).Text.Should().Be("[1,2]");
        (await registry.Client.GetAsync("/subjects/s/versions/1?deleted=true")).Status.Should().Be(HttpStatusCode.OK);
        (await registry.Client.GetAsync("/schemas/ids/1")).Status.Should().Be(HttpStatusCode.OK, "data written with a soft-deleted schema stays readable");
    }

    [Fact]
    public async Task DeleteSubject_SoftTwice_Returns40404()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        await registry.Client.RegisterAsync("s", V1);
        await registry.Client.DeleteAsync("/subjects/s");

        var response = await registry.Client.DeleteAsync("/subjects/s");

        response.Status.Should().Be(HttpStatusCode.NotFound);
        response.ErrorCode.Should().Be(40404);
    }

    [Fact]
    public async Task DeleteSubject_PermanentWithoutSoft_Returns40405()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        await registry.Client.RegisterAsync("s", V1);

        var response = await registry.Client.DeleteAsync("/subjects/s?permanent=true");

        response.ErrorCode.Should().Be(40405);
        (await registry.Client.GetAsync("/subjects")).Text.Should().Be("""["s"]""");
    }

    [Fact]
    public async Task DeleteSubject_PermanentAfterSoft_RemovesEverything()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        await registry.Client.RegisterAsync("s", V1);
        await registry.Client.DeleteAsync("/subjects/s");

        var response = await registry.Client.DeleteAsync("/subjects/s?permanent=true");

        response.Text.Should().Be("[1]");
        (await registry.Client.GetAsync("/subjects?deleted=true")).Text.Should().Be("[]");
        (await registry.Client.GetAsync("/schemas/ids/1")).ErrorCode.Should().Be(40403);
    }

    [Fact]
    public async Task DeleteSubject_Unknown_Returns40401()
    {
        await using var registry = await InProcessRegistry.StartAsync();

        (await registry.Client.DeleteAsync("/subjects/ghost")).ErrorCode.Should().Be(40401);
    }

    [Fact]
    public async Task DeleteVersion_SoftThenAgain_Returns40406()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        await registry.Client.RegisterAsync("s", V1);
        await registry.Client.RegisterAsync("s", V2);

        (await registry.Client.DeleteAsync("/subjects/s/versions/2")).Text.Should().Be("2");
        var again = await registry.Client.DeleteAsync("/subjects/s/versions/2");

        again.ErrorCode.Should().Be(40406);
        (await registry.Client.GetAsync("/subjects/s/versions")).Text.Should().Be("[1]");
        (await registry.Client.GetAsync("/subjects/s/versions/2")).ErrorCode.Should().Be(40402);
    }

    [Fact]
    public async Task DeleteVersion_PermanentWithoutSoft_Returns40407()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        await registry.Client.RegisterAsync("s", V1);

        var response = await registry.Client.DeleteAsync("/subjects/s/versions/1?permanent=true");

        response.Status.Should().Be(HttpStatusCode.NotFound);
        response.ErrorCode.Should().Be(40407);
    }

    [Fact]
    public async Task DeleteVersion_PermanentAfterSoft_RemovesVersion()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        await registry.Client.RegisterAsync("s", V1);
        await registry.Client.RegisterAsync("s", V2);
        await registry.Client.DeleteAsync("/subjects/s/versions/latest");

        var response = await registry.Client.DeleteAsync("/subjects/s/versions/2?permanent=true");

        response.Text.Should().Be("2");
        (await registry.Client.GetAsync("/subjects/s/versions?deleted=true")).Text.Should().Be("[1]");
    }

    [Fact]
    public async Task DeleteVersion_UnknownVersionOrInvalid_ReturnsConfluentCodes()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        await registry.Client.RegisterAsync("s", V1);

        (await registry.Client.DeleteAsync("/subjects/s/versions/9")).ErrorCode.Should().Be(40402);
        (await registry.Client.DeleteAsync("/subjects/s/versions/nine")).ErrorCode.Should().Be(42202);
        (await registry.Client.DeleteAsync("/subjects/ghost/versions/1")).ErrorCode.Should().Be(40401);
    }

    [Fact]
    public async Task RegisterSchema_AfterSoftDelete_ContinuesVersionNumbering()
    {
        await using var registry = await InProcessRegistry.StartAsync();
        await registry.Client.RegisterAsync("s", V1);
        await registry.Client.DeleteAsync("/subjects/s");

        var id = await registry.Client.RegisterAsync("s", V1);

        id.Should().Be(1);
        (await registry.Client.GetAsync("/subjects/s/versions")).Text.Should().Be("[2]");
    }
}
