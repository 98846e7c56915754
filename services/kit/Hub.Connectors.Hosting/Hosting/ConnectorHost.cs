using Hub.Connectors.Hosting.Capture;
using Hub.Connectors.Hosting.Pause;
using Hub.Messaging.Redis;
using Hub.Observability;
using Hub.Secrets;
using Hub.Serialization.Avro;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace Hub.Connectors.Hosting;

/// <summary>
/// The host of one connector service. Every connector is a web application (webhooks, /metrics, health probes)
/// with the messaging platform, the Redis store, the Avro serde, observability and secrets wired the same way, and its
/// topics and consumer groups taken from the declaration (contracts/topics.yaml), so a connector's Program.cs only adds
/// its own subscriptions, pollers, webhooks and API clients, without naming a topic.
/// </summary>
public static class ConnectorHost
{
    /// <param name="connectorName">Default of Connector:Name (e.g. "crm-connector").</param>
    /// <param name="sourceSystem">Default of Connector:SourceSystem (e.g. "crm").</param>
    public static WebApplicationBuilder CreateBuilder(string[] args, string connectorName, string sourceSystem)
    {
        // appsettings.json and the mapping files sit next to the dll; a service manager may start it from anywhere.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryDefaults(connectorName, sourceSystem);
        var name = builder.Configuration[$"{ConnectorOptions.SectionName}:{nameof(ConnectorOptions.Name)}"]!;
        builder.Services.AddOptions<ConnectorOptions>()
            .BindConfiguration(ConnectorOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.AddHubObservability(name);
        builder.AddHubSecrets();
        builder.Services.AddDeclaredTopics();
        builder.Services.AddKafkaMessaging();
        builder.Services.AddRedisProcessingStore();
        builder.Services.AddConnectorPause();
        // One multiplexer for the whole process, created by the start-up connect before the server listens.
        builder.Services.TryAddSingleton<IConnectionMultiplexer>(sp => sp.GetRequiredService<IRedisConnectionProvider>().Connect());
        builder.Services.AddAvroSerialization(builder.Configuration);
        builder.Services.AddRateLimiter(_ => { });
        ThreadPoolFloor.Raise();
        builder.Services.TryAddSingleton<ConnectorTelemetry>();
        builder.Services.TryAddSingleton<EnvelopeFactory>();
        builder.Services.TryAddSingleton<ConnectorStateKeys>();
        builder.Services.AddTrafficCapture();
        // Registered before any subscription or poller, so former state keys are moved before anything reads them.
        builder.Services.AddHostedService<ConnectorStateUpgrade>();
        return builder;
    }

    /// <summary>/metrics, /health/live, /health/ready, GET / naming the connector, and the endpoints the connector declares (webhooks); admission control for webhooks.</summary>
    public static WebApplication MapConnectorEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Only endpoints that ask for a policy (webhooks) are limited; probes and /metrics never queue behind them.
        app.UseRateLimiter();
        app.MapHubObservability();
        app.MapGet("/", (Microsoft.Extensions.Options.IOptions<ConnectorOptions> options) =>
            Microsoft.AspNetCore.Http.Results.Ok(new { connector = options.Value.Name, system = options.Value.SourceSystem }));
        foreach (var map in app.Services.GetService<ConnectorDeclaration>()?.EndpointMappers ?? [])
        {
            map(app);
        }

        return app;
    }
}
