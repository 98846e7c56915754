using System.Buffers.Binary;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Confluent.Kafka;

namespace Hub.Messaging.Kafka.GroupProtocols;

/// <summary>
/// Sends one ApiVersions request to one broker over PLAINTEXT or SSL. Confluent.Kafka negotiates ApiVersions itself
/// but never exposes the answer, hence this small hand-written request (docs/decisions.md).
/// </summary>
internal static class ApiVersionsProbe
{
    private const int MaxResponseBytes = 1 << 20;

    public static async Task<IReadOnlyList<ApiVersionRange>> QueryAsync(string host, int port, ClientConfig security, CancellationToken cancellationToken)
    {
        using var tcp = new TcpClient { NoDelay = true };
        await tcp.ConnectAsync(host, port, cancellationToken).ConfigureAwait(false);
        var network = tcp.GetStream();
        await using var networkDisposal = network.ConfigureAwait(false);
        var stream = security.SecurityProtocol == SecurityProtocol.Ssl
            ? await TlsAsync(network, host, security, cancellationToken).ConfigureAwait(false)
            : network;
        await using var streamDisposal = stream.ConfigureAwait(false);
        var correlationId = Random.Shared.Next(1, int.MaxValue);
        await stream.WriteAsync(ApiVersionsCodec.EncodeRequest(correlationId, "hub-group-protocol-probe"), cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);

        var sizeBytes = new byte[4];
        await stream.ReadExactlyAsync(sizeBytes, cancellationToken).ConfigureAwait(false);
        var size = BinaryPrimitives.ReadInt32BigEndian(sizeBytes);
        if (size is < 0 or > MaxResponseBytes)
        {
            throw new InvalidDataException($"ApiVersions answer announces {size} bytes; is {host}:{port} a Kafka listener of this security protocol?");
        }

        var response = new byte[size];
        await stream.ReadExactlyAsync(response, cancellationToken).ConfigureAwait(false);
        return ApiVersionsCodec.DecodeResponse(response, correlationId);
    }

    private static async Task<Stream> TlsAsync(NetworkStream network, string host, ClientConfig security, CancellationToken cancellationToken)
    {
        var trusted = LoadCa(security.SslCaLocation);
        var checkName = security.SslEndpointIdentificationAlgorithm != SslEndpointIdentificationAlgorithm.None;
        var tls = new SslStream(network, leaveInnerStreamOpen: false, (_, certificate, chain, errors) => Validate(certificate, errors, trusted, checkName));
        var options = new SslClientAuthenticationOptions { TargetHost = host };
        if (ClientCertificate(security) is { } own)
        {
            options.ClientCertificates = [own];
        }

        await tls.AuthenticateAsClientAsync(options, cancellationToken).ConfigureAwait(false);
        return tls;
    }

    private static X509Certificate2Collection? LoadCa(string? location)
    {
        if (string.IsNullOrEmpty(location) || location == "probe")
        {
            return null;
        }

        var collection = new X509Certificate2Collection();
        collection.ImportFromPemFile(location);
        return collection;
    }

    /// <summary>With ssl.ca.location the broker's chain must end at that CA (as librdkafka checks); else the system store decides.</summary>
    private static bool Validate(X509Certificate? certificate, SslPolicyErrors errors, X509Certificate2Collection? trusted, bool checkName)
    {
        if (checkName && errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            return false;
        }

        if (trusted is null || certificate is null)
        {
            return (errors & ~SslPolicyErrors.RemoteCertificateNameMismatch) == SslPolicyErrors.None || (!checkName && errors == SslPolicyErrors.RemoteCertificateNameMismatch);
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trusted);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
    }

    private static X509Certificate2? ClientCertificate(ClientConfig security)
    {
        if (!string.IsNullOrEmpty(security.SslKeystoreLocation))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(security.SslKeystoreLocation, security.SslKeystorePassword);
        }

        if (!string.IsNullOrEmpty(security.SslCertificateLocation) && !string.IsNullOrEmpty(security.SslKeyLocation))
        {
            return string.IsNullOrEmpty(security.SslKeyPassword)
                ? X509Certificate2.CreateFromPemFile(security.SslCertificateLocation, security.SslKeyLocation)
                : X509Certificate2.CreateFromEncryptedPemFile(security.SslCertificateLocation, security.SslKeyPassword, security.SslKeyLocation);
        }

        return null;
    }
}
