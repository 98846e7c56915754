using Accounting.Connector.Api;
using Accounting.Connector.Inbound;
using Accounting.Connector.Outbound;
using Hub.Connectors.Hosting;
using Hub.Connectors.Polling;
using Hub.Contracts;
using Hub.Mapping;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Accounting.Connector;

public static class AccountingConnectorExtensions
{
    public const string System = "accounting";
    public const string PaymentsPoller = "accounting-payments";

    public static WebApplicationBuilder AddAccountingApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AccountingOptions>().BindConfiguration(AccountingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton<XeroLimits>();
        builder.Services.AddExternalApi<XeroClient>(System)
            .AddHttpMessageHandler(sp => new XeroLimitHandler(sp.GetRequiredService<XeroLimits>(), sp.GetRequiredService<TimeProvider>()))
            .AddHttpMessageHandler(sp => new XeroTenantHandler(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<AccountingOptions>>().Value.TenantId));
        return builder;
    }

    public static WebApplicationBuilder AddAccountingOutbound(this WebApplicationBuilder builder)
    {
        builder.Services.AddMappings();
        builder.Services.AddOutboundOwnership();
        AddInvoiceLinks(builder.Services);
        builder.Services.AddSingleton<ContactMapper>();
        builder.Services.AddSingleton<InvoiceMapper>();
        // Groups accounting-connector.customers and accounting-connector.orders, as contracts/topics.yaml declares them.
        builder.Services.AddOutboundSubscription<CustomerUpserted, CustomerContactHandler>("customers");
        builder.Services.AddOutboundSubscription<OrderPlaced, OrderInvoiceHandler>("orders");
        return builder;
    }

    public static WebApplicationBuilder AddAccountingInbound(this WebApplicationBuilder builder)
    {
        AddInvoiceLinks(builder.Services);
        builder.Services.AddSingleton<PaymentMapper>();
        builder.Services.AddDeltaPolling<XeroPayment, PaymentFeed>(PaymentsPoller);
        return builder;
    }

    /// <summary>Both directions use the links; registered (with their former keys) once.</summary>
    private static void AddInvoiceLinks(IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(InvoiceLinkStore)))
        {
            return;
        }

        services.AddSingleton<InvoiceLinkStore>();
        services.AddFormerStateKey(InvoiceLinkStore.FormerKeys, (keys, id) => keys.Key(InvoiceLinkStore.Store, id));
    }
}
