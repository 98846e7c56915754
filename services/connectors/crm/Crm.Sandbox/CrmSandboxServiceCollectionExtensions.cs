using Crm.Sandbox.Contacts;
using Crm.Sandbox.Webhooks;
using Hub.Sandboxes;

namespace Crm.Sandbox;

public static class CrmSandboxServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddCrmSandbox(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CrmSandboxOptions>()
            .BindConfiguration(CrmSandboxOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSandbox();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new HubSpotDates()));
        builder.Services.AddSandboxWebhooks<HubSpotV3Signer>();
        builder.Services.AddSingleton<ContactStore>();
        builder.Services.AddSingleton<HubSpotRateLimits>();
        builder.Services.AddSingleton<ContactWebhooks>();
        return builder;
    }
}
