using System.Globalization;
using Confluent.SchemaRegistry;

namespace Hub.Serialization.Avro.Registry;

/// <summary>
/// Confluent's <see cref="CachedSchemaRegistryClient"/> configured from the platform's options, sending each request
/// once per URL; <c>AddAvroSerialization</c> wraps it in <see cref="RetryingSchemaRegistryClient"/>.
/// </summary>
public static class SchemaRegistryClients
{
    public static CachedSchemaRegistryClient Create(SchemaRegistryOptions options, AvroSerdeOptions? serde = null) =>
        new(ToConfig(options, serde));

    /// <param name="serde">Supplies the latest-version cache TTL, which Confluent keeps on the client.</param>
    public static SchemaRegistryConfig ToConfig(SchemaRegistryOptions options, AvroSerdeOptions? serde = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var config = new SchemaRegistryConfig
        {
            // Confluent's client takes the same comma-separated list and moves on to the next URL on failure.
            Url = string.Join(",", options.GetBaseUris().Select(u => u.ToString().TrimEnd('/'))),
            RequestTimeoutMs = Milliseconds(options.RequestTimeout),
            // Confluent 2.16 counts tries, not retries, under this name (0 fails every request): one try per URL.
            // Retries are the "schema-registry" resilience pipeline's (RetryingSchemaRegistryClient).
            MaxRetries = 1,
            MaxCachedSchemas = options.MaxCachedSchemas,
        };

        if (!string.IsNullOrEmpty(options.BasicAuthUserInfo))
        {
            config.BasicAuthCredentialsSource = AuthCredentialsSource.UserInfo;
            config.BasicAuthUserInfo = options.BasicAuthUserInfo;
        }

        // There is deliberately no "skip verification" switch: a self-signed dev registry gets its CA file instead.
        if (!string.IsNullOrEmpty(options.SslCaLocation))
        {
            config.SslCaLocation = options.SslCaLocation;
        }

        if (!string.IsNullOrEmpty(options.SslCertificateLocation))
        {
            config.SslKeystoreLocation = options.SslCertificateLocation;
            config.SslKeystorePassword = options.SslKeyPassword;
        }

        if (serde is not null)
        {
            config.LatestCacheTtlSecs = (int)Math.Ceiling(serde.LatestVersionCacheTtl.TotalSeconds);
        }

        return config;
    }

    private static int Milliseconds(TimeSpan value) =>
        (int)Math.Clamp(Math.Ceiling(value.TotalMilliseconds), 0, int.MaxValue);
}
