using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Sandboxes;

/// <summary>
/// Recognises the fault switch's own answer body (<c>{"error": "...", "status": n}</c>), so a vendor sandbox can
/// reshape it into its vendor's error body without touching the API's real errors.
/// </summary>
public static class KitFaultAnswer
{
    public static bool TryRead(byte[] body, out string message)
    {
        message = "";
        try
        {
            if (JsonNode.Parse(body) is JsonObject { Count: 2 } o && o["error"] is JsonValue error && o["status"] is not null)
            {
                message = error.ToString();
                return true;
            }
        }
        catch (JsonException)
        {
        }

        return false;
    }
}
