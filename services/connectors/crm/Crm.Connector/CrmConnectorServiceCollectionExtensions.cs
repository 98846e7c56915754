using Crm.Connector.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Connector;

/// <summary>The CRM connector's own parts; what it reads and writes is declared in Program.cs.</summary>
public static class CrmConnectorServiceCollectionExtensions
{
    /// <summary>Settings (Crm), the contacts' canonical identity and the markers that recognise a write's webhook echo.</summary>
    public static IServiceCollection AddCrmServices(this IServiceCollection services)
    {
        services.AddOptions<CrmConnectorOptions>()
            .BindConfiguration(CrmConnectorOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<CustomerIdentity>();
        services.AddSingleton<EchoMarkers>();
        return services;
    }
}
