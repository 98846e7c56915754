using Crm.Connector.Api;
using Crm.Connector.Identity;
using Crm.Connector.Inbound;
using Crm.Connector.Outbound;
using Hub.Connectors.Hosting;
using Hub.Connectors.Webhooks;
using Hub.Contracts;
using Hub.Identity;
using Hub.Mapping;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Connector;

public static class CrmConnectorServiceCollectionExtensions
{
    /// <summary>Group crm-connector.customers, reading what contracts/topics.yaml declares for it.</summary>
    public const string CustomersSubscription = "customers";

    /// <summary>Group crm-connector.reverts: `hub revert` requests (hub.reverts) applied to CRM contacts.</summary>
    public const string RevertsSubscription = "reverts";

    /// <summary>The CRM API client, the webhook inbound side, the CustomerUpserted outbound subscription and the revert subscription.</summary>
    public static WebApplicationBuilder AddCrmConnector(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CrmConnectorOptions>()
            .BindConfiguration(CrmConnectorOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddMappings();
        services.AddOutboundOwnership();
        services.AddWebhook<HubSpotEvent, HubSpotWebhookVerifier, HubSpotPayloadParser, ContactInbound>(HubSpotWebhookVerifier.Name);
        services.AddInboundQuarantine<CrmConnectorOptions>(o => o.InboundDeadLetterTopic);
        services.AddExternalApi<CrmClient>(CrmClient.SystemName);
        services.AddSingleton<CustomerIdentity>();
        services.AddSingleton<EchoMarkers>();
        services.AddOutboundSubscription<CustomerUpserted, CustomerToContactHandler>(CustomersSubscription);
        services.AddSubscription<RevertRequest, ContactRevertHandler>(RevertsSubscription);
        return builder;
    }
}
