using System.Security.Cryptography;
using System.Text;
using Crm.Connector.Inbound;
using Hub.Connectors.Webhooks;
using Microsoft.Extensions.Time.Testing;

namespace Crm.Connector.UnitTests;

/// <summary>
/// HubSpot documents the v3 algorithm (HMAC-SHA256 keyed with the client secret over method + URI + body +
/// timestamp, base64) but publishes no test vector, so the expected values are computed here from that
/// description with the framework's HMAC, independently of the kit's implementation.
/// </summary>
public class HubSpotSignatureTests
{
    private const string Secret = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy";
    private const string Uri = "https://example.com/webhooks/hubspot";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);
    private static readonly string Timestamp = Now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Compute_DocumentedAlgorithm_MatchesIndependentHmac()
    {
        var body = Fixtures.Bytes("hubspot-webhook-example.json");
        var expected = Convert.ToBase64String(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes("POST" + Uri + Encoding.UTF8.GetString(body) + Timestamp)));

        HubSpotSignatureV3.Compute(Secret, "POST", Uri, body, Timestamp).Should().Be(expected);
    }

    [Fact]
    public void Verify_ExamplePayloadSignedWithinWindow_IsValid()
    {
        var body = Fixtures.Bytes("hubspot-webhook-example.json");
        var signature = HubSpotSignatureV3.Compute(Secret, "POST", Uri, body, Timestamp);

        var result = HubSpotSignatureV3.Verify(Secret, "POST", Uri, body, Timestamp, signature, new FakeTimeProvider(Now.AddMinutes(4)));

        result.IsValid.Should().BeTrue(result.Failure);
    }

    [Fact]
    public void Verify_BodyChangedAfterSigning_FailsWithReason()
    {
        var body = Fixtures.Bytes("hubspot-webhook-example.json");
        var signature = HubSpotSignatureV3.Compute(Secret, "POST", Uri, body, Timestamp);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("subscriber", "customer", StringComparison.Ordinal));

        var result = HubSpotSignatureV3.Verify(Secret, "POST", Uri, tampered, Timestamp, signature, new FakeTimeProvider(Now));

        result.IsValid.Should().BeFalse();
        result.Failure.Should().Contain("does not match");
    }

    [Fact]
    public void Verify_TimestampOlderThanFiveMinutes_FailsAsReplay()
    {
        var body = Fixtures.Bytes("hubspot-webhook-example.json");
        var signature = HubSpotSignatureV3.Compute(Secret, "POST", Uri, body, Timestamp);

        var result = HubSpotSignatureV3.Verify(Secret, "POST", Uri, body, Timestamp, signature, new FakeTimeProvider(Now.AddMinutes(6)));

        result.IsValid.Should().BeFalse();
        result.Failure.Should().Contain("replay window");
    }
}
