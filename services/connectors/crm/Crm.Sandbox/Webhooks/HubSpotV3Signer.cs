using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Hub.Sandboxes;
using Microsoft.Extensions.Options;

namespace Crm.Sandbox.Webhooks;

/// <summary>
/// Signs like HubSpot, written from HubSpot's request-validation page and not from the connector's code (the sandbox
/// is a witness): X-HubSpot-Signature-v3 = base64(HMAC-SHA256(client secret, UTF-8 of method + URI + body +
/// timestamp)), where the URI is the target URL with only %3A %2F %3F %40 %21 %24 %27 %28 %29 %2A %2C %3B decoded,
/// and X-HubSpot-Request-Timestamp is Unix milliseconds.
/// </summary>
public sealed partial class HubSpotV3Signer(IOptions<WebhookOptions> options, TimeProvider time) : IWebhookSigner
{
    public const string SignatureHeader = "X-HubSpot-Signature-v3";
    public const string TimestampHeader = "X-HubSpot-Request-Timestamp";

    public void Sign(HttpRequestMessage request, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(request);
        var timestamp = time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var signed = Encoding.UTF8.GetBytes(request.Method.Method + SignedUri(request.RequestUri!) + Encoding.UTF8.GetString(body) + timestamp);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.Secret), signed));
        request.Headers.Remove(SignatureHeader);
        request.Headers.Remove(TimestampHeader);
        request.Headers.TryAddWithoutValidation(SignatureHeader, signature);
        request.Headers.TryAddWithoutValidation(TimestampHeader, timestamp);
    }

    public static string SignedUri(Uri target) =>
        ListedEncoding().Replace(target.AbsoluteUri, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    [GeneratedRegex("%(3[AaFfBb]|2[Ff]|40|21|24|27|28|29|2[Aa]|2[Cc])")]
    private static partial Regex ListedEncoding();
}
