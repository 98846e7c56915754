using System.ComponentModel.DataAnnotations;

namespace Hub.Serialization.Avro.Registry;

/// <summary>Where the schema registry is and how to talk to it. Bound from the "SchemaRegistry" section.</summary>
public sealed class SchemaRegistryOptions
{
    public const string SectionName = "SchemaRegistry";

    /// <summary>One base URL, or several separated by commas; later ones are tried when earlier ones fail.</summary>
    [Required]
    public string Url { get; set; } = "http://127.0.0.1:8081";

    /// <summary>"user:password" for HTTP basic auth, as Confluent's basic.auth.user.info.</summary>
    public string? BasicAuthUserInfo { get; set; }

    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Further rounds over all URLs after the first one failed with a 5xx, a timeout or a connection error.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Wait before the first retry round; doubles each round up to <see cref="MaxRetryBackoff"/>.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxRetryBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Entries per cache (schemas by id, ids by schema); a full cache is emptied, since answers can be fetched again.</summary>
    [Range(1, 1_000_000)]
    public int MaxCachedSchemas { get; set; } = 1000;

    /// <summary>PEM file of the CA that signed the registry's certificate, when it is not in the system store.</summary>
    public string? SslCaLocation { get; set; }

    /// <summary>PEM client certificate for mutual TLS (with <see cref="SslKeyLocation"/>), or a PKCS#12 file.</summary>
    public string? SslCertificateLocation { get; set; }

    public string? SslKeyLocation { get; set; }

    /// <summary>Password of a PKCS#12 <see cref="SslCertificateLocation"/>.</summary>
    public string? SslKeyPassword { get; set; }

    public IReadOnlyList<Uri> GetBaseUris() =>
        Url.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(u => new Uri(u.EndsWith('/') ? u : u + "/", UriKind.Absolute))
            .ToList();
}
