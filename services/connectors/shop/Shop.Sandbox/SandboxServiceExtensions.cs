using Hub.Sandboxes;
using Shop.Sandbox.Store;
using Shop.Sandbox.Webhooks;

namespace Shop.Sandbox;

public static class SandboxServiceExtensions
{
    public static IHostApplicationBuilder AddShopSandbox(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ShopSandboxOptions>()
            .BindConfiguration(ShopSandboxOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSandbox();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = ShopifyJson.Options.Encoder);
        builder.Services.AddSandboxWebhooks<ShopifyWebhookSigner>();
        builder.Services.AddSingleton<ShopStore>();
        builder.Services.AddSingleton<Api.ShopifyCallBucket>();
        builder.Services.AddSingleton<ShopWebhooks>();
        return builder;
    }
}
