using System.Text;
using Shop.Connector.Inbound;

namespace Shop.Connector.UnitTests.Contract;

public sealed class ShopifyWebhookSignatureContractTests
{
    // Computed outside .NET: openssl dgst -sha256 -hmac shpss_contract_test_secret -binary orders-create.json | base64
    private const string Secret = "shpss_contract_test_secret";
    private const string KnownSignature = "HaY7+oNonYwZdikGAJULeZ0PiOYb9JYEfM7u0IWNnUI=";

    [Fact]
    public void Verify_DocumentedPayloadWithKnownSignature_IsValid()
    {
        ShopifyWebhookVerifier.Verify(Secret, Fixtures.OrdersCreateBytes(), KnownSignature).IsValid.Should().BeTrue();
        ShopifyWebhookVerifier.Compute(Secret, Fixtures.OrdersCreateBytes()).Should().Be(KnownSignature);
    }

    [Fact]
    public void Verify_BodyReserialised_Fails()
    {
        // Parsing and writing the JSON again drops whitespace: the MAC must be over the raw bytes as received.
        var reserialised = Encoding.UTF8.GetBytes(System.Text.Json.Nodes.JsonNode.Parse(Fixtures.OrdersCreateBytes())!.ToJsonString());

        var verification = ShopifyWebhookVerifier.Verify(Secret, reserialised, KnownSignature);

        verification.IsValid.Should().BeFalse();
        verification.Failure.Should().Contain(ShopifyHeaders.Signature);
    }

    /// <summary>
    /// Shopify sends non-ASCII as raw UTF-8 and signs those bytes. Known signatures computed outside .NET:
    /// printf '%s' '&lt;body&gt;' | openssl dgst -sha256 -hmac shpss_contract_test_secret -binary | base64
    /// </summary>
    [Fact]
    public void Verify_RawUtf8BodyWithKnownSignature_IsValidAndItsEscapedTwinIsNot()
    {
        var raw = Encoding.UTF8.GetBytes("{\"customer\":{\"first_name\":\"Zoë\",\"last_name\":\"Müller\",\"city\":\"東京\"}}");
        var escaped = Encoding.UTF8.GetBytes("{\"customer\":{\"first_name\":\"Zo\\u00EB\",\"last_name\":\"M\\u00FCller\",\"city\":\"\\u6771\\u4EAC\"}}");
        const string RawSignature = "hAI0hco7ljIzOcx81zfox5t+JeMMFlZFuBiHKml2pVM=";

        raw.Length.Should().Be(72, "ë and ü are two bytes each, 東 and 京 three");
        ShopifyWebhookVerifier.Verify(Secret, raw, RawSignature).IsValid.Should().BeTrue();
        ShopifyWebhookVerifier.Verify(Secret, escaped, RawSignature).IsValid.Should().BeFalse("the same JSON escaped is other bytes");
        ShopifyWebhookVerifier.Compute(Secret, escaped).Should().Be("Wl7j7utnOcQst3au2n5M3uQlFK6fudnADkrb7Fk1Z3s=");
    }

    [Fact]
    public void Verify_WrongSecret_Fails()
    {
        ShopifyWebhookVerifier.Verify("another-app-secret", Fixtures.OrdersCreateBytes(), KnownSignature).IsValid.Should().BeFalse();
    }

    [Fact]
    public void Verify_MissingSignature_FailsWithReason()
    {
        ShopifyWebhookVerifier.Verify(Secret, Fixtures.OrdersCreateBytes(), null).Failure.Should().Be($"missing {ShopifyHeaders.Signature} header");
    }
}
