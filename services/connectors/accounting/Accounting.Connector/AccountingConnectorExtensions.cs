using Accounting.Connector.Api;
using Accounting.Connector.Inbound;
using Accounting.Connector.Outbound;
using Hub.Connectors.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Accounting.Connector;

/// <summary>The accounting connector's own parts; what it reads and writes is declared in Program.cs.</summary>
public static class AccountingConnectorExtensions
{
    public const string System = "accounting";
    public const string PaymentsPoller = "accounting-payments";

    /// <summary>Xero's rate limits (minute, day, concurrency) and its tenant header on every call.</summary>
    public static IHttpClientBuilder AddXeroHandlers(this IHttpClientBuilder api)
    {
        api.Services.TryAddSingleton<XeroLimits>();
        return api
            .AddHttpMessageHandler(sp => new XeroLimitHandler(sp.GetRequiredService<XeroLimits>(), sp.GetRequiredService<TimeProvider>()))
            .AddHttpMessageHandler(sp => new XeroTenantHandler(sp.GetRequiredService<IOptions<AccountingOptions>>().Value.TenantId));
    }

    /// <summary>Settings (Accounting), the mappers, and the invoice links both directions use.</summary>
    public static IServiceCollection AddAccountingServices(this IServiceCollection services)
    {
        services.AddOptions<AccountingOptions>().BindConfiguration(AccountingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ContactMapper>();
        services.AddSingleton<InvoiceMapper>();
        services.AddSingleton<PaymentMapper>();
        services.AddSingleton<InvoiceLinkStore>();
        services.AddFormerStateKey(InvoiceLinkStore.FormerKeys, (keys, id) => keys.Key(InvoiceLinkStore.Store, id));
        return services;
    }
}
