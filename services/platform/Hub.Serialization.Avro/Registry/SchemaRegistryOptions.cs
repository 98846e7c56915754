using System.ComponentModel.DataAnnotations;

namespace Hub.Serialization.Avro.Registry;

/// <summary>
/// Where the schema registry is and how to talk to it. Bound from the "SchemaRegistry" section and handed to
/// Confluent's <c>CachedSchemaRegistryClient</c> by <see cref="SchemaRegistryClients"/>; the names predate that
/// client and are kept so deployments keep working.
/// </summary>
public sealed class SchemaRegistryOptions : IValidatableObject
{
    public const string SectionName = "SchemaRegistry";

    /// <summary>One base URL, or several separated by commas; Confluent's client tries the next when one fails.</summary>
    [Required]
    public string Url { get; set; } = "http://127.0.0.1:8081";

    /// <summary>"user:password" for HTTP basic auth (Confluent's basic.auth.user.info).</summary>
    public string? BasicAuthUserInfo { get; set; }

    /// <summary>Per request (Confluent's schema.registry.request.timeout.ms); default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Keys that moved to <c>Resilience:schema-registry</c> (retries are the "schema-registry" resilience pipeline's,
    /// see docs/reliability.md): refused on start, so a value set here is not silently ignored.
    /// </summary>
    public static IReadOnlyDictionary<string, string> MovedKeys { get; } = new Dictionary<string, string>
    {
        ["MaxRetries"] = "Resilience:schema-registry:MaxRetryAttempts (retries after the first try; MaxRetries counted tries)",
        ["RetryBackoff"] = "Resilience:schema-registry:Delay",
        ["MaxRetryBackoff"] = "Resilience:schema-registry:MaxDelay",
    };

    /// <summary>Entries per cache of the client (and datum readers per deserializer); default 1000.</summary>
    [Range(1, 1_000_000)]
    public int MaxCachedSchemas { get; set; } = 1000;

    /// <summary>PEM file of the CA that signed the registry's certificate, when it is not in the system store.</summary>
    public string? SslCaLocation { get; set; }

    /// <summary>PKCS#12 file with the client certificate and key for mutual TLS (Confluent's ssl.keystore.location).</summary>
    public string? SslCertificateLocation { get; set; }

    /// <summary>
    /// A separate PEM key file. Confluent's client reads client certificates only from a PKCS#12 keystore, so this
    /// is refused on start rather than ignored: convert with <c>openssl pkcs12 -export</c>.
    /// </summary>
    public string? SslKeyLocation { get; set; }

    /// <summary>Password of the PKCS#12 <see cref="SslCertificateLocation"/>.</summary>
    public string? SslKeyPassword { get; set; }

    public IReadOnlyList<Uri> GetBaseUris() =>
        Url.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(u => new Uri(u.EndsWith('/') ? u : u + "/", UriKind.Absolute))
            .ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(SslKeyLocation))
        {
            yield return new ValidationResult(
                "SslKeyLocation (a PEM key) is not supported by Confluent's registry client: give SslCertificateLocation a PKCS#12 file (openssl pkcs12 -export) and SslKeyPassword.",
                [nameof(SslKeyLocation)]);
        }
    }
}
