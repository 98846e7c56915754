using Hub.Connectors.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Erp.Connector.Odoo;

public static class OdooServiceExtensions
{
    /// <summary>The JSON-RPC client (ExternalApis:erp: BaseUrl, Timeout; the API key goes in the call, not a header) and its lookups.</summary>
    public static IServiceCollection AddOdooClient(this IServiceCollection services)
    {
        services.AddOptions<OdooOptions>().BindConfiguration(OdooOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddExternalApi<OdooClient>(OdooOptions.ApiName);
        services.AddSingleton<OdooSession>();
        services.AddSingleton<ErpReferenceData>();
        return services;
    }
}
