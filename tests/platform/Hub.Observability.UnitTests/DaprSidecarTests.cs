using Hub.Secrets;
using Microsoft.Extensions.Configuration;

namespace Hub.Observability.UnitTests;

public sealed class DaprSidecarTests
{
    [Fact]
    public void Locate_NoDaprVariables_Null()
    {
        DaprSidecar.Locate(new SecretsOptions(), Configuration([])).Should().BeNull();
    }

    [Fact]
    public void Locate_InjectorPorts_LoopbackEndpointsAndToken()
    {
        var sidecar = DaprSidecar.Locate(new SecretsOptions(), Configuration(new()
        {
            ["DAPR_HTTP_PORT"] = "3500",
            ["DAPR_GRPC_PORT"] = "50001",
            ["DAPR_API_TOKEN"] = "token-value",
        }));

        sidecar.Should().Be(new DaprSidecar(new Uri("http://127.0.0.1:3500"), new Uri("http://127.0.0.1:50001"), "token-value"));
    }

    [Fact]
    public void Locate_OptionsEndpoints_WinOverVariables()
    {
        var options = new SecretsOptions { DaprHttpEndpoint = new Uri("http://dapr:3500"), DaprGrpcEndpoint = new Uri("http://dapr:50001") };

        var sidecar = DaprSidecar.Locate(options, Configuration(new() { ["DAPR_HTTP_PORT"] = "1" }));

        sidecar!.HttpEndpoint.Should().Be(new Uri("http://dapr:3500"));
        sidecar.GrpcEndpoint.Should().Be(new Uri("http://dapr:50001"));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
