using Microsoft.Extensions.Configuration;

namespace Hub.Connectors.Hosting;

internal static class ConnectorConfigurationDefaults
{
    /// <summary>Defaults that configuration files, environment variables and the command line override.</summary>
    public static void AddInMemoryDefaults(this ConfigurationManager configuration, string connectorName, string sourceSystem)
    {
        var defaults = new Dictionary<string, string?>
        {
            [$"{ConnectorOptions.SectionName}:{nameof(ConnectorOptions.Name)}"] = connectorName,
            [$"{ConnectorOptions.SectionName}:{nameof(ConnectorOptions.SourceSystem)}"] = sourceSystem,
            ["Kafka:ServiceName"] = connectorName,
        };
        foreach (var (key, value) in defaults)
        {
            if (string.IsNullOrEmpty(configuration[key]))
            {
                configuration[key] = value;
            }
        }
    }
}
