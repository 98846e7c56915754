using Erp.Connector.Odoo;
using Hub.Connectors.Hosting;
using Hub.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Connector.UnitTests;

/// <summary>The connector's OdooClient as the host builds it, talking to a <see cref="StubOdoo"/>.</summary>
public static class ClientFactory
{
    public static OdooClient Create(StubOdoo stub)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Connector:Name"] = "erp-connector",
            ["Connector:SourceSystem"] = "erp",
            ["ExternalApis:erp:BaseUrl"] = "http://erp.test/",
            ["Erp:Database"] = "mydb",
            ["Erp:Login"] = "admin@example.com",
            ["ExternalApis:erp:CredentialSecret"] = "erp-api-key",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddMetrics();
        services.AddOptions<ConnectorOptions>().BindConfiguration(ConnectorOptions.SectionName);
        services.AddSingleton<ConnectorTelemetry>();
        services.AddSingleton<ISecretProvider>(new FixedSecret("secret-api-key"));
        services.AddExternalApi<OdooClient>(OdooOptions.ApiName);
        services.AddOdooServices();
        services.AddHttpClient<OdooClient>(OdooOptions.ApiName).ConfigurePrimaryHttpMessageHandler(() => stub);
        return services.BuildServiceProvider().GetRequiredService<OdooClient>();
    }

    private sealed class FixedSecret(string value) : ISecretProvider
    {
        public string Source => "test";

        public Task<string> GetSecretAsync(string name, CancellationToken cancellationToken = default) => Task.FromResult(value);
    }
}
