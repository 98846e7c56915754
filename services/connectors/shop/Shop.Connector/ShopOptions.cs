using System.ComponentModel.DataAnnotations;

namespace Shop.Connector;

/// <summary>The "Shop" section.</summary>
public sealed class ShopOptions
{
    public const string SectionName = "Shop";

    /// <summary>The Admin API version in request paths, e.g. 2024-10.</summary>
    [Required]
    [RegularExpression(@"^\d{4}-\d{2}$")]
    public string ApiVersion { get; set; } = "2024-10";

    /// <summary>Name of the secret (ISecretProvider) holding the app's client secret, the key of X-Shopify-Hmac-Sha256.</summary>
    [Required]
    public string WebhookSecretName { get; set; } = "shop-webhook-secret";

    /// <summary>Where webhooks that are signed but cannot be mapped are recorded for operators (raw body and reasons).</summary>
    [Required]
    public string InboundDeadLetterTopic { get; set; } = "shop-connector.inbound.dlq";

    /// <summary>The shop location stock levels are set at; empty = the shop's first active location (GET locations.json).</summary>
    public long? LocationId { get; set; }

    /// <summary>A SKU missing from the cached catalogue reloads it at most this often.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan CatalogueRefreshInterval { get; set; } = TimeSpan.FromSeconds(1);
}
