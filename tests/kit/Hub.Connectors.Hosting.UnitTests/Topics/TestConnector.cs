using Hub.Contracts;
using Hub.Messaging;
using Microsoft.AspNetCore.Builder;

namespace Hub.Connectors.Hosting.UnitTests.Topics;

/// <summary>A connector host as a service builds it (ConnectorHost), with settings given as command-line arguments.</summary>
internal static class TestConnector
{
    public const string Name = "erp-connector";

    /// <param name="settings">Configuration keys (Section:Key) over addresses that are never called.</param>
    public static WebApplicationBuilder Builder(params (string Key, string Value)[] settings)
    {
        var args = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Kafka:BootstrapServers"] = "127.0.0.1:1",
            ["Redis:Configuration"] = "127.0.0.1:1",
            ["SchemaRegistry:Url"] = "http://127.0.0.1:1",
        };
        foreach (var (key, value) in settings)
        {
            args[key] = value;
        }

        return ConnectorHost.CreateBuilder([.. args.Select(a => $"--{a.Key}={a.Value}")], Name, "erp");
    }
}

internal sealed class IgnoreCustomers : IEventHandler<CustomerUpserted>
{
    public Task HandleAsync(CustomerUpserted @event, EventContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
