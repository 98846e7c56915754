using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Crm.Connector.Inbound;
using Hub.Connectors.Webhooks;
using Hub.Secrets;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Crm.Connector.UnitTests.Contract;

/// <summary>
/// HubSpot's v3 request validation as documented: X-HubSpot-Signature-v3 = base64(HMAC-SHA256(client secret, UTF-8 of
/// method + URI + body + timestamp)); the URI is the one HubSpot called with only %3A %2F %3F %40 %21 %24 %27 %28 %29
/// %2A %2C %3B decoded; requests whose X-HubSpot-Request-Timestamp is older than five minutes are refused. The
/// expected signatures are computed here with the framework's HMAC from that text, not with the connector's code.
/// </summary>
public sealed class HubSpotWebhookVerifierContractTests
{
    private const string Secret = "hubspot-app-client-secret";
    private const string Host = "integrations.example.com";

    /// <summary>As sent: %20 and %3D stay encoded in the signed URI, %40 and %2C are decoded.</summary>
    private const string RawTarget = "/webhooks/hubspot?name=a%20b&x=%3D1&owner=ops%40example.com&tags=a%2Cb";
    private const string SignedUri = "https://integrations.example.com/webhooks/hubspot?name=a%20b&x=%3D1&owner=ops@example.com&tags=a,b";

    private static readonly DateTimeOffset SentAt = new(2025, 6, 2, 9, 30, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Fixtures.Bytes("hubspot-webhook-example.json");

    private static string Timestamp(DateTimeOffset at) => at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    private static string Documented(string uri, DateTimeOffset at) => Convert.ToBase64String(HMACSHA256.HashData(
        Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes("POST" + uri + Encoding.UTF8.GetString(Body) + Timestamp(at))));

    private static IWebhookVerifier Verifier(DateTimeOffset now) =>
        new HubSpotWebhookVerifier(new FixedSecret(Secret), Options.Create(new CrmConnectorOptions()), new FakeTimeProvider(now));

    private static HttpRequest Request(string signature, DateTimeOffset at)
    {
        var context = new DefaultHttpContext();
        var request = context.Request;
        request.Method = "POST";
        request.Scheme = "https";
        request.Host = new HostString(Host);
        request.Path = "/webhooks/hubspot";
        request.QueryString = new QueryString(RawTarget[RawTarget.IndexOf('?', StringComparison.Ordinal)..]);
        context.Features.Get<IHttpRequestFeature>()!.RawTarget = RawTarget;
        request.Headers["X-HubSpot-Signature-v3"] = signature;
        request.Headers["X-HubSpot-Request-Timestamp"] = Timestamp(at);
        return request;
    }

    [Fact]
    public async Task VerifyAsync_EncodedQuerySignedAsDocumented_IsValid()
    {
        var result = await Verifier(SentAt.AddSeconds(3)).VerifyAsync(Request(Documented(SignedUri, SentAt), SentAt), Body, CancellationToken.None);

        result.IsValid.Should().BeTrue(result.Failure);
    }

    [Fact]
    public async Task VerifyAsync_SignatureOverFullyDecodedUri_IsRefused()
    {
        // The mistake this guards against: decoding %20 and %3D too, which HubSpot does not do.
        var decodedEverything = Uri.UnescapeDataString(SignedUri);

        var result = await Verifier(SentAt).VerifyAsync(Request(Documented(decodedEverything, SentAt), SentAt), Body, CancellationToken.None);

        decodedEverything.Should().Contain("name=a b&x==1");
        result.IsValid.Should().BeFalse();
        result.Failure.Should().Contain("does not match");
    }

    [Theory]
    [InlineData(-299, true)]
    [InlineData(299, true)]
    [InlineData(301, false)]
    [InlineData(-301, false)]
    public async Task VerifyAsync_TimestampAgainstTheFiveMinuteWindow_OnlyFreshRequestsPass(int secondsSinceSent, bool valid)
    {
        var request = Request(Documented(SignedUri, SentAt), SentAt);

        var result = await Verifier(SentAt.AddSeconds(secondsSinceSent)).VerifyAsync(request, Body, CancellationToken.None);

        result.IsValid.Should().Be(valid, result.Failure);
        if (!valid)
        {
            result.Failure.Should().Contain("replay window");
        }
    }

    [Fact]
    public async Task VerifyAsync_TimestampChangedToLookFresh_IsRefused()
    {
        // The timestamp is signed: moving it forward to pass the window breaks the signature.
        var stale = Documented(SignedUri, SentAt);
        var later = SentAt.AddMinutes(10);

        var result = await Verifier(later).VerifyAsync(Request(stale, later), Body, CancellationToken.None);

        result.IsValid.Should().BeFalse();
        result.Failure.Should().Contain("does not match");
    }

    private sealed class FixedSecret(string value) : ISecretProvider
    {
        public string Source => "test";

        public Task<string> GetSecretAsync(string name, CancellationToken cancellationToken = default) => Task.FromResult(value);
    }
}
