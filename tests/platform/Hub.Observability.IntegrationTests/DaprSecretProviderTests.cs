using Hub.Observability.IntegrationTests.Support;
using Hub.Secrets;

namespace Hub.Observability.IntegrationTests;

/// <summary>The secret provider against a stand-in Dapr sidecar on 127.0.0.1, and its configuration fallback.</summary>
public sealed class DaprSecretProviderTests
{
    private const string Store = "hub-secrets";
    private const string Name = "crm-api-key";
    private const string Value = "crm-Zx81-never-log-me";

    [Fact]
    public async Task GetSecretAsync_SidecarHealthy_ReadsFromDaprSecretStore()
    {
        await using var sidecar = await DaprSidecarStandIn.StartAsync();
        sidecar.Stores[Store] = new() { [Name] = Value };
        var settings = SecretsHost.ForSidecar(sidecar);
        settings["Secrets:Values:crm-api-key"] = "from-configuration";
        using var host = new SecretsHost(settings);

        var value = await host.Secrets.GetSecretAsync(Name, TestContext.Current.CancellationToken);

        value.Should().Be(Value, "the sidecar wins over configuration when it answers");
        host.Secrets.Source.Should().Be($"dapr:{Store}");
        sidecar.Requests.Should().Contain("GET /v1.0/healthz").And.Contain($"grpc GetSecret {Store}/{Name}");
    }

    [Fact]
    public async Task GetSecretAsync_NoSidecarConfigured_ReadsConfiguration()
    {
        using var host = new SecretsHost(new() { ["Secrets:Values:crm-api-key"] = Value });

        (await host.Secrets.GetSecretAsync(Name, TestContext.Current.CancellationToken)).Should().Be(Value);
        host.Secrets.Source.Should().Be("configuration");
    }

    [Fact]
    public async Task GetSecretAsync_SidecarConfiguredButSilent_FallsBackToConfiguration()
    {
        var closedPort = Hub.DevStack.FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var host = new SecretsHost(new()
        {
            ["DAPR_HTTP_PORT"] = closedPort,
            ["Secrets:SidecarProbeTimeout"] = "00:00:00.500",
            ["Secrets:Values:crm-api-key"] = Value,
        });

        (await host.Secrets.GetSecretAsync(Name, TestContext.Current.CancellationToken)).Should().Be(Value);
        host.Secrets.Source.Should().Be("configuration");
        host.Logs.Text.Should().Contain("did not answer");
    }

    [Fact]
    public async Task GetSecretAsync_SourceDaprWithoutSidecar_Throws()
    {
        using var host = new SecretsHost(new() { ["Secrets:Source"] = "Dapr" });

        var read = () => host.Secrets.GetSecretAsync(Name, TestContext.Current.CancellationToken);

        await read.Should().ThrowAsync<SecretUnavailableException>().WithMessage("*no sidecar is configured*");
    }

    [Fact]
    public async Task GetSecretAsync_UnknownSecretInStore_ThrowsNotFoundNamingTheSecret()
    {
        await using var sidecar = await DaprSidecarStandIn.StartAsync();
        sidecar.Stores[Store] = new() { ["other"] = Value };
        using var host = new SecretsHost(SecretsHost.ForSidecar(sidecar));

        var read = () => host.Secrets.GetSecretAsync(Name, TestContext.Current.CancellationToken);

        (await read.Should().ThrowAsync<SecretNotFoundException>()).Which.Message.Should().Contain(Name).And.NotContain(Value);
    }
}
