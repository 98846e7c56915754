using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Erp.Connector.Odoo;

public static class OdooServiceExtensions
{
    /// <summary>
    /// What the JSON-RPC client needs besides its HttpClient (declared with <c>.Api&lt;OdooClient&gt;()</c>, section
    /// ExternalApis:erp: BaseUrl, Timeout, CredentialSecret; the API key goes in the call, not a header): the Erp
    /// options, the login session and the reference data lookups.
    /// </summary>
    public static IServiceCollection AddOdooServices(this IServiceCollection services)
    {
        services.AddOptions<OdooOptions>().BindConfiguration(OdooOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OdooSession>();
        services.AddSingleton<ErpReferenceData>();
        return services;
    }
}
