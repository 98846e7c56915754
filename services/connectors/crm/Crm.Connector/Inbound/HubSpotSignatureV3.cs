using System.Text;
using Hub.Connectors.Webhooks;

namespace Crm.Connector.Inbound;

/// <summary>
/// HubSpot's v3 request signature (header X-HubSpot-Signature-v3): base64 HMAC-SHA256, keyed with the app's client
/// secret, over the UTF-8 text method + URI + body + timestamp, where the timestamp is the
/// X-HubSpot-Request-Timestamp header (Unix milliseconds) and is only trusted within a five-minute window. The URI
/// is the one HubSpot called, decoded by <see cref="HubSpotRequestUri"/> (only the encodings HubSpot lists).
/// </summary>
public static class HubSpotSignatureV3
{
    public const string SignatureHeader = "X-HubSpot-Signature-v3";
    public const string TimestampHeader = "X-HubSpot-Request-Timestamp";

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public static byte[] SignedContent(string method, string uri, ReadOnlySpan<byte> body, string timestamp)
    {
        var prefix = Encoding.UTF8.GetBytes(method.ToUpperInvariant() + uri);
        var suffix = Encoding.UTF8.GetBytes(timestamp);
        var content = new byte[prefix.Length + body.Length + suffix.Length];
        prefix.CopyTo(content, 0);
        body.CopyTo(content.AsSpan(prefix.Length));
        suffix.CopyTo(content, prefix.Length + body.Length);
        return content;
    }

    public static string Compute(string secret, string method, string uri, ReadOnlySpan<byte> body, string timestamp) =>
        HmacSignature.ComputeBase64(Encoding.UTF8.GetBytes(secret), SignedContent(method, uri, body, timestamp));

    /// <summary>Checks the timestamp window first (cheap, and a replayed request is refused whatever its signature), then the MAC.</summary>
    public static WebhookVerification Verify(
        string secret, string method, string uri, ReadOnlySpan<byte> body, string? timestamp, string? signature, TimeProvider time, TimeSpan? window = null)
    {
        if (string.IsNullOrWhiteSpace(signature))
        {
            return WebhookVerification.Fail($"missing {SignatureHeader} header");
        }

        var freshness = ReplayWindow.Check(timestamp, time, window ?? Window);
        if (!freshness.IsValid)
        {
            return freshness;
        }

        var expected = HmacSignature.Compute(Encoding.UTF8.GetBytes(secret), SignedContent(method, uri, body, timestamp!));
        return HmacSignature.Matches(expected, signature)
            ? WebhookVerification.Valid
            : WebhookVerification.Fail($"{SignatureHeader} does not match the request (wrong client secret, or the request was changed in transit)");
    }
}
