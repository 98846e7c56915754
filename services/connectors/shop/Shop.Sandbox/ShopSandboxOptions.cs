using System.ComponentModel.DataAnnotations;

namespace Shop.Sandbox;

/// <summary>The "Sandbox" section.</summary>
public sealed class ShopSandboxOptions
{
    public const string SectionName = "Sandbox";

    /// <summary>Sent as X-Shopify-Shop-Domain with every webhook.</summary>
    [Required]
    public string ShopDomain { get; set; } = "hub-sandbox.myshopify.com";

    /// <summary>The Admin API version in paths and webhooks (X-Shopify-API-Version); other versions answer 404.</summary>
    [Required]
    public string ApiVersion { get; set; } = "2024-10";

    /// <summary>X-Shopify-Access-Token the API requires; empty accepts any caller.</summary>
    public string? AccessToken { get; set; }

    /// <summary>First record id; empty = a random one, so ids of separate sandbox runs never collide (as Shopify's ids don't).</summary>
    public long? IdSeed { get; set; }

    /// <summary>Products seeded at start-up (one variant each); empty = a small default catalogue.</summary>
    public List<SeedProduct> Products { get; set; } = [];
}
