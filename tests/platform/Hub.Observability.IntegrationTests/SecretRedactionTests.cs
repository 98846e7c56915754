using Hub.Observability.IntegrationTests.Support;
using Hub.Secrets;
using Microsoft.Extensions.Logging;

namespace Hub.Observability.IntegrationTests;

/// <summary>A secret read through the provider never shows up in log output, at any level, errors included.</summary>
public sealed class SecretRedactionTests
{
    private const string Store = "hub-secrets";
    private const string Name = "erp-password";
    private const string Value = "erp-Pq7-TOP-secret-value";

    [Fact]
    public async Task GetSecretAsync_TraceLoggingOnDaprPath_ValueNeverLogged()
    {
        await using var sidecar = await DaprSidecarStandIn.StartAsync();
        sidecar.Stores[Store] = new() { [Name] = Value };
        using var host = new SecretsHost(SecretsHost.ForSidecar(sidecar));

        (await host.Secrets.GetSecretAsync(Name, TestContext.Current.CancellationToken)).Should().Be(Value);

        host.Logs.Text.Should().Contain(Name, "the read itself is logged, by name").And.NotContain(Value);
    }

    [Fact]
    public async Task GetSecretAsync_StoreErrorEchoesTheValue_ExceptionAndLogsAreRedacted()
    {
        await using var sidecar = await DaprSidecarStandIn.StartAsync();
        sidecar.Stores[Store] = new() { [Name] = Value };
        using var host = new SecretsHost(SecretsHost.ForSidecar(sidecar));
        await host.Secrets.GetSecretAsync(Name, TestContext.Current.CancellationToken);
        sidecar.FailureMessage = $"backend rejected credential '{Value}'";

        var read = () => host.Secrets.GetSecretAsync(Name, TestContext.Current.CancellationToken);

        var error = (await read.Should().ThrowAsync<SecretUnavailableException>()).Which;
        error.Message.Should().Contain(Name).And.Contain(SecretRedactor.Mask).And.NotContain(Value);
        error.ToString().Should().NotContain(Value);
        // A caller logging the failure the usual way must not leak it either.
        host.Logger("Crm.Connector").LogError(error, "Could not read {Secret}", Name);
        host.Logs.Text.Should().Contain("Could not read").And.NotContain(Value);
    }

    [Fact]
    public async Task GetSecretAsync_TraceLoggingOnConfigurationPath_ValueNeverLogged()
    {
        using var host = new SecretsHost(new() { [$"Secrets:Values:{Name}"] = Value });

        (await host.Secrets.GetSecretAsync(Name, TestContext.Current.CancellationToken)).Should().Be(Value);

        host.Logs.Text.Should().Contain(Name).And.NotContain(Value);
    }
}
