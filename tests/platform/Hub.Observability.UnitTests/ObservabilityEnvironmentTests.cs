using Microsoft.Extensions.Configuration;

namespace Hub.Observability.UnitTests;

public sealed class ObservabilityEnvironmentTests
{
    [Theory]
    [InlineData(null, null, false)]
    [InlineData("http://jaeger:4317", null, true)]
    [InlineData(null, "http://jaeger:4318/v1/traces", true)]
    [InlineData("  ", null, false)]
    public void ExportsTraces_Endpoints_OnlyWhenOneIsSet(string? endpoint, string? tracesEndpoint, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ObservabilityEnvironment.OtlpEndpoint] = endpoint,
            [ObservabilityEnvironment.OtlpTracesEndpoint] = tracesEndpoint,
        }).Build();

        ObservabilityEnvironment.ExportsTraces(configuration).Should().Be(expected);
        ObservabilityEnvironment.ExportsMetrics(configuration).Should().BeFalse("metrics are scraped unless an OTLP metrics endpoint is set");
    }
}
