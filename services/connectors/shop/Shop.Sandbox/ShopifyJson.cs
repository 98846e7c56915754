using System.Text.Encodings.Web;
using System.Text.Json;

namespace Shop.Sandbox;

/// <summary>
/// Shopify writes its JSON (webhook bodies and Admin API answers) as raw UTF-8: "Zoë", "東京" and "&amp;" as they are,
/// not as \u escapes; only what JSON requires is escaped. The HMAC is over those bytes.
/// </summary>
public static class ShopifyJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
