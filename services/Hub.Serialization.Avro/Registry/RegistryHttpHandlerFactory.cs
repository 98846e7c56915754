using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Hub.Serialization.Avro.Registry;

/// <summary>Builds the HTTP handler with the TLS settings of <see cref="SchemaRegistryOptions"/>.</summary>
internal static class RegistryHttpHandlerFactory
{
    public static HttpMessageHandler Create(SchemaRegistryOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            // Long-lived singleton client: recycle connections so DNS changes (failover, k8s) are picked up.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };

        var clientCertificate = LoadClientCertificate(options);
        if (clientCertificate is not null)
        {
            handler.SslOptions.ClientCertificates = new X509CertificateCollection { clientCertificate };
        }

        // There is deliberately no "skip verification" switch: a self-signed dev registry gets its CA file instead.
        if (!string.IsNullOrEmpty(options.SslCaLocation))
        {
            var authorities = new X509Certificate2Collection();
            authorities.ImportFromPemFile(options.SslCaLocation);
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                ValidateAgainst(authorities, certificate, errors);
        }

        return handler;
    }

    private static X509Certificate2? LoadClientCertificate(SchemaRegistryOptions options)
    {
        if (string.IsNullOrEmpty(options.SslCertificateLocation))
        {
            return null;
        }

        return string.IsNullOrEmpty(options.SslKeyLocation)
            ? X509CertificateLoader.LoadPkcs12FromFile(options.SslCertificateLocation, options.SslKeyPassword)
            : X509Certificate2.CreateFromPemFile(options.SslCertificateLocation, options.SslKeyLocation);
    }

    private static bool ValidateAgainst(X509Certificate2Collection authorities, X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = new X509Certificate2(certificate);
        return chain.Build(leaf);
    }
}
