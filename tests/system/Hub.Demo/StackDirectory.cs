using Hub.DevStack;

namespace Hub.Demo;

/// <summary>Where everything listens, for a person who wants to poke at the running platform.</summary>
public static class StackDirectory
{
    public static void Print(TextWriter output, DemoPlatform platform)
    {
        output.WriteLine("The platform keeps running:");
        output.WriteLine($"  Kafka bootstrap   {platform.BootstrapServers} (embedded mock cluster)");
        output.WriteLine($"  Redis             {platform.RedisEndpoint}");
        output.WriteLine($"  Schema Registry   {platform.Registry}");
        foreach (var name in new[] { HubPlatform.CrmSandbox, HubPlatform.ShopSandbox, HubPlatform.ErpSandbox, HubPlatform.AccountingSandbox, HubPlatform.LegacySandbox })
        {
            output.WriteLine($"  {name,-20} {platform.Addresses[name]}   (faults: PUT /_sandbox/faults; see docs/sandboxes.md)");
        }

        foreach (var name in ConnectorMetrics.Connectors.Keys)
        {
            output.WriteLine($"  {name,-20} {platform.Addresses[name]}   (/metrics, /health/ready)");
        }

        output.WriteLine($"  legacy folders    {platform.LegacyFolder} (drop customers_*.csv into inbox/)");
        output.WriteLine("Press Ctrl+C to stop everything.");
    }
}
