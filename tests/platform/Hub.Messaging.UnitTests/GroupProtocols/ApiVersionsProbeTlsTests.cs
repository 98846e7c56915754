using System.Buffers.Binary;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Confluent.Kafka;
using Hub.Messaging.Kafka.GroupProtocols;

namespace Hub.Messaging.UnitTests.GroupProtocols;

/// <summary>
/// The SSL path of the probe against a loopback TLS listener that answers ApiVersions as a broker does; the mock
/// cluster has no SSL listener. The listener's certificate is signed by a CA given as ssl.ca.location.
/// </summary>
public sealed class ApiVersionsProbeTlsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("probe-tls").FullName;
    private readonly X509Certificate2 _ca;
    private readonly X509Certificate2 _server;

    public ApiVersionsProbeTlsTests()
    {
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=probe-test-ca", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        _ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllText(CaPath, _ca.ExportCertificatePem());

        using var serverKey = RSA.Create(2048);
        var serverRequest = new CertificateRequest("CN=localhost", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        serverRequest.CertificateExtensions.Add(names.Build());
        using var signed = serverRequest.Create(_ca, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(12), [1, 2, 3, 4]);
        // Exported and loaded again: SslStream on Linux needs a certificate whose key it can use as a server.
        _server = X509CertificateLoader.LoadPkcs12(signed.CopyWithPrivateKey(serverKey).Export(X509ContentType.Pkcs12), null);
    }

    private string CaPath => Path.Combine(_folder, "ca.pem");

    [Fact]
    public async Task QueryAsync_SslWithCaLocation_ReadsTheBrokersApis()
    {
        var (port, served) = Serve();

        var apis = await ApiVersionsProbe.QueryAsync("localhost", port, new ClientConfig { SecurityProtocol = SecurityProtocol.Ssl, SslCaLocation = CaPath }, TestContext.Current.CancellationToken);

        apis.Should().Contain(new ApiVersionRange(68, 0, 1));
        await served;
    }

    [Fact]
    public async Task QueryAsync_SslWithoutTrustedCa_RefusesTheBroker()
    {
        var (port, _) = Serve();

        var act = () => ApiVersionsProbe.QueryAsync("localhost", port, new ClientConfig { SecurityProtocol = SecurityProtocol.Ssl }, TestContext.Current.CancellationToken);

        await act.Should().ThrowAsync<AuthenticationException>();
    }

    public void Dispose()
    {
        _ca.Dispose();
        _server.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>One connection: TLS handshake, one ApiVersions v0 request, an answer listing ConsumerGroupHeartbeat.</summary>
    private (int Port, Task Served) Serve()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var served = Task.Run(async () =>
        {
            try
            {
                using var client = await listener.AcceptTcpClientAsync();
                await using var tls = new SslStream(client.GetStream());
                await tls.AuthenticateAsServerAsync(_server);
                var size = new byte[4];
                await tls.ReadExactlyAsync(size);
                var request = new byte[BinaryPrimitives.ReadInt32BigEndian(size)];
                await tls.ReadExactlyAsync(request);
                var answer = new byte[4 + 10 + 12];
                BinaryPrimitives.WriteInt32BigEndian(answer, answer.Length - 4);
                answer.AsSpan(4, 4).Clear();
                request.AsSpan(4, 4).CopyTo(answer.AsSpan(4));
                BinaryPrimitives.WriteInt32BigEndian(answer.AsSpan(10), 2);
                Write(answer.AsSpan(14), 18, 0, 3);
                Write(answer.AsSpan(20), 68, 0, 1);
                await tls.WriteAsync(answer);
            }
            catch (AuthenticationException)
            {
                // The refusing client closes the handshake; nothing to serve.
            }
            catch (IOException)
            {
            }
            finally
            {
                listener.Stop();
            }
        });
        return (port, served);
    }

    private static void Write(Span<byte> entry, short key, short min, short max)
    {
        BinaryPrimitives.WriteInt16BigEndian(entry, key);
        BinaryPrimitives.WriteInt16BigEndian(entry[2..], min);
        BinaryPrimitives.WriteInt16BigEndian(entry[4..], max);
    }
}
