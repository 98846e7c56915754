using System.Globalization;
using Confluent.SchemaRegistry;
using Hub.Resilience;

namespace Hub.Serialization.Avro.Registry;

/// <summary>
/// Confluent's <see cref="CachedSchemaRegistryClient"/> configured from the platform's options, sending each request
/// with the retries of the "schema-registry" pipeline's settings (Resilience:schema-registry) handed to Confluent's own
/// retry loop: a wrapper around the client broke Confluent's serializer (it expects its own client type's answers).
/// </summary>
public static class SchemaRegistryClients
{
    public static CachedSchemaRegistryClient Create(SchemaRegistryOptions options, AvroSerdeOptions? serde = null, RetryPipelineOptions? retry = null) =>
        new(ToConfig(options, serde, retry));

    /// <param name="serde">Supplies the latest-version cache TTL, which Confluent keeps on the client.</param>
    /// <param name="retry">The schema-registry pipeline's settings; without them each URL is tried once.</param>
    public static SchemaRegistryConfig ToConfig(SchemaRegistryOptions options, AvroSerdeOptions? serde = null, RetryPipelineOptions? retry = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var config = new SchemaRegistryConfig
        {
            // Confluent's client takes the same comma-separated list and moves on to the next URL on failure.
            Url = string.Join(",", options.GetBaseUris().Select(u => u.ToString().TrimEnd('/'))),
            RequestTimeoutMs = Milliseconds(options.RequestTimeout),
            // Confluent 2.16 counts tries, not retries, under this name (0 fails every request).
            MaxRetries = 1 + Math.Min(retry?.MaxRetryAttempts ?? 0, 100),
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

        if (retry is not null)
        {
            config.RetriesWaitMs = Milliseconds(retry.Delay);
            config.RetriesMaxWaitMs = Milliseconds(retry.MaxDelay);
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
