using System.Text.Json;
using System.Text.Json.Serialization;

namespace Accounting.Sandbox.Api;

/// <summary>Xero's JSON: PascalCase names as declared, nulls left out.</summary>
public static class XeroJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Xero writes "/Date(…+0000)/" with a plain plus sign.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
