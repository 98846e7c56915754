using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Hub.Connectors.Hosting.Capture;

/// <summary>
/// Takes out of a captured exchange what must not be stored: the credential's value wherever it appears (headers,
/// query, body: Odoo sends its key as a positional argument), authorization, cookie, API-key and webhook-signature
/// headers, secret-named fields (password, token, secret, key), the configured personal fields, and e-mail addresses
/// and international phone numbers wherever they stand (search filters carry them as values: Odoo's domains, HubSpot's
/// filters, Xero's where). JSON and form bodies are redacted field by field; other bodies are kept only when configured.
/// </summary>
public sealed partial class CaptureRedactor(CaptureOptions options)
{
    public const string Redacted = "[redacted]";
    public const string Secret = "[secret]";

    private static readonly HashSet<string> SecretHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "X-Api-Key", "Api-Key", "X-Shopify-Access-Token",
        "X-Shopify-Hmac-Sha256", "X-HubSpot-Signature", "X-HubSpot-Signature-V3", "Idempotency-Key-Secret",
    };

    private static readonly string[] SecretNameParts = ["password", "secret", "privatekey", "credential", "apikey"];

    private static readonly HashSet<string> SecretNames = new(StringComparer.Ordinal)
    {
        "key", "accesskey", "token", "accesstoken", "refreshtoken", "idtoken", "authtoken", "bearertoken", "sessionid",
    };

    // A captured body is data to read and diff, never markup: keep '+', quotes and non-ASCII text as they were sent.
    private static readonly JsonSerializerOptions BodyJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The options it was built from (a new snapshot means a new redactor).</summary>
    public CaptureOptions Options { get; } = options;

    private readonly HashSet<string> _personal = options.RedactFields.Select(Normalize).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _headers = new(options.RedactHeaders, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, string> Headers(IEnumerable<KeyValuePair<string, string>> headers, IReadOnlyCollection<string> secrets) =>
        headers.GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(
            g => g.Key,
            g => SecretHeaders.Contains(g.Key) || _headers.Contains(g.Key) || IsSecretName(g.Key) ? Secret : Values(string.Join(", ", g.Select(h => h.Value)), secrets),
            StringComparer.OrdinalIgnoreCase);

    /// <summary>A path and query with the values of secret and personal parameters redacted.</summary>
    public string Target(string pathAndQuery, IReadOnlyCollection<string> secrets)
    {
        var at = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        return at < 0 ? Values(pathAndQuery, secrets) : Values(pathAndQuery[..(at + 1)], secrets) + Form(pathAndQuery[(at + 1)..], secrets);
    }

    /// <summary>The body to keep, or null with a note saying why it was not kept.</summary>
    public (string? Body, string? Note) Body(ReadOnlySpan<byte> body, string? mediaType, IReadOnlyCollection<string> secrets)
    {
        if (body.IsEmpty)
        {
            return (null, null);
        }

        if (body.Length > Options.MaxBodyBytes)
        {
            return (null, $"not kept: {body.Length} bytes, over Capture:MaxBodyBytes ({Options.MaxBodyBytes})");
        }

        var text = Encoding.UTF8.GetString(body);
        if (mediaType is not null && (mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)))
        {
            return Json(text, secrets);
        }

        if (string.Equals(mediaType, "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return (Form(text, secrets), null);
        }

        return Options.KeepOtherBodies
            ? (Values(text, secrets), null)
            : (null, $"not kept: {body.Length} bytes of {mediaType ?? "unknown type"} (Capture:KeepOtherBodies is off)");
    }

    private (string? Body, string? Note) Json(string text, IReadOnlyCollection<string> secrets)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return (null, $"not kept: {Encoding.UTF8.GetByteCount(text)} bytes declared JSON but not parseable");
        }

        return (node is null ? "null" : Walk(node, secrets)!.ToJsonString(BodyJson), null);
    }

    private JsonNode? Walk(JsonNode? node, IReadOnlyCollection<string> secrets)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    obj[name] = IsSecretName(name) ? JsonValue.Create(Secret) : _personal.Contains(Normalize(name)) && value is not null ? JsonValue.Create(Redacted) : Walk(value, secrets);
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    array[i] = Walk(array[i]?.DeepClone(), secrets);
                }

                return array;
            case JsonValue value when value.TryGetValue<string>(out var text) && Values(text, secrets) is var scrubbed && scrubbed != text:
                return JsonValue.Create(scrubbed);
            default:
                return node;
        }
    }

    private string Form(string form, IReadOnlyCollection<string> secrets) => string.Join('&', form.Split('&').Select(pair =>
    {
        var eq = pair.IndexOf('=', StringComparison.Ordinal);
        var name = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
        return eq < 0 ? pair
            : IsSecretName(name) ? $"{pair[..eq]}={Uri.EscapeDataString(Secret)}"
            : _personal.Contains(Normalize(name)) ? $"{pair[..eq]}={Uri.EscapeDataString(Redacted)}"
            : Values(pair, secrets);
    }));

    private string Values(string text, IReadOnlyCollection<string> secrets)
    {
        var scrubbed = secrets.Where(s => s.Length >= 4).Aggregate(text, (current, secret) => current.Replace(secret, Secret, StringComparison.Ordinal));
        return Options.RedactPatterns ? PhoneNumber().Replace(EmailAddress().Replace(scrubbed, Redacted), Redacted) : scrubbed;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+(?:@|%40)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")]
    private static partial Regex EmailAddress();

    /// <summary>'+' and a country code, then 7 to 14 more digits, spaces, dots, dashes or brackets: E.164 and its printed forms.</summary>
    [GeneratedRegex(@"(?:\+|%2B)[1-9][0-9 ().\-]{7,18}[0-9]")]
    private static partial Regex PhoneNumber();

    private static bool IsSecretName(string name)
    {
        var normalized = Normalize(name);
        return SecretNames.Contains(normalized) || SecretNameParts.Any(p => normalized.Contains(p, StringComparison.Ordinal));
    }

    private static string Normalize(string name) =>
        new(name.Where(c => c is not ('_' or '-' or '.')).Select(char.ToLowerInvariant).ToArray());
}
